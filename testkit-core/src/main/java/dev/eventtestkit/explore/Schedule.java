package dev.eventtestkit.explore;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact schedule: the broker seed (it decides the message ids) and the value taken at each choice point,
 * in order; choice points past the end take the default (0: the oldest ready delivery, no fault, no delay).
 *
 * <pre>{@code
 * Explorer.replay(Schedule.of(7340912L, 0, 1)).run(scenario);
 * }</pre>
 *
 * <p>A value at a choice point is the index of the delivery among the ready ones (oldest record first), 1 or
 * 0 for whether a fault fires, or a delay in milliseconds.
 *
 * @param seed the broker seed
 * @param choices the choice values, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Schedule(long seed, List<Integer> choices) {

    public Schedule {
        choices = List.copyOf(choices);
    }

    /**
     * @param seed the broker seed
     * @param choices the choice values, in order
     * @return the schedule
     */
    public static Schedule of(long seed, int... choices) {
        Integer[] boxed = new Integer[choices.length];
        for (int i = 0; i < choices.length; i++) {
            boxed[i] = choices[i];
        }
        return new Schedule(seed, List.of(boxed));
    }

    /** @return the code that builds this schedule, e.g. {@code Schedule.of(42L, 0, 1)} */
    @Override
    public String toString() {
        StringBuilder code = new StringBuilder("Schedule.of(").append(seed).append('L');
        for (Integer choice : choices) {
            code.append(", ").append(Objects.requireNonNull(choice));
        }
        return code.append(')').toString();
    }
}
