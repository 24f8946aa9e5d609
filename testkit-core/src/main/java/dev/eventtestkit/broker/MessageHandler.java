package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/** A consumer under test: returns to acknowledge a record, throws to have it retried. */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface MessageHandler {

    /**
     * @param message the delivered record
     * @throws Exception to reject it: the broker retries under its retry policy, then dead-letters it
     */
    void handle(Message message) throws Exception;
}
