package dev.eventtestkit.broker;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A record a consumer group gave up on, with why.
 *
 * @param message the record as last delivered (its {@link Message#attempt()} is the last attempt)
 * @param lastFailure what the handler threw on the last attempt
 * @param failures how many times the handler failed on it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DeadLetter(Message message, Throwable lastFailure, int failures) {

    public DeadLetter {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(lastFailure, "lastFailure");
    }
}
