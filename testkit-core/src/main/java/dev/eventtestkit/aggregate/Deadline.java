package dev.eventtestkit.aggregate;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A command to decide later, on the fixture's virtual clock: how a fixture tests timers such as "cancel
 * the order when no payment came within 30 minutes".
 *
 * <pre>{@code
 * orders.withDeadlines(event -> event instanceof OrderCreated created
 *         ? List.of(Deadline.after(Duration.ofMinutes(30), new CancelOrder(created.orderId(), "payment timeout")))
 *         : List.of());
 * }</pre>
 *
 * @param delay how long after the event that scheduled it the command fires; zero or more
 * @param command the command decided against the state current when it fires
 * @param <C> the command type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Deadline<C>(Duration delay, C command) {

    public Deadline {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(command, "command");
        if (delay.isNegative()) {
            throw new IllegalArgumentException(
                    "a deadline's delay must be zero or more, was " + delay + " for the deadline command " + command);
        }
    }

    /**
     * @param delay how long after the scheduling event
     * @param command the command to decide then
     * @return the deadline
     * @throws IllegalArgumentException when the delay is negative
     */
    public static <C> Deadline<C> after(Duration delay, C command) {
        return new Deadline<>(delay, command);
    }
}
