package dev.eventtestkit.broker;

/** A consumer under test: returns to acknowledge a record, throws to have it retried. */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @param message the delivered record
     * @throws Exception to reject it: the broker retries under its retry policy, then dead-letters it
     */
    void handle(Message message) throws Exception;
}
