package dev.eventtestkit.examples.notifications;

/** Sends notifications (mail, SMS, push); slow, so the service calls it from a thread of its own. */
public interface NotificationSender {

    /**
     * @param notification what to send
     * @throws RuntimeException when sending fails; the service logs nothing and does not retry
     */
    void send(Notification notification);

    /** Thrown by a sender that is busy for a moment (rate limited): worth trying again at once. */
    final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message why */
        public Busy(String message) {
            super(message);
        }
    }
}
