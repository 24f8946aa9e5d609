package dev.eventtestkit.examples.notifications;

/** Sends notifications (mail, SMS, push); slow, so the service calls it from a thread of its own. */
public interface NotificationSender {

    /**
     * @param notification what to send
     * @throws RuntimeException when sending fails; the service logs nothing and does not retry
     */
    void send(Notification notification);
}
