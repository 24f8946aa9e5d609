package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one run of a scenario under one schedule gave: the trace, the choices made, the failure if any, how
 * many delivery steps it took, and its {@code sometimes}/{@code reachable} assertions.
 */
record Outcome(long seed, Trace trace, List<Choice> choices, @Nullable Throwable failure, int steps,
        Map<String, Boolean> assertions) {

    boolean failed() {
        return failure != null;
    }

    int faults() {
        int count = 0;
        for (Choice choice : choices) {
            if (choice.isFault()) {
                count++;
            }
        }
        return count;
    }

    int departures() {
        int count = 0;
        for (Choice choice : choices) {
            if (choice.isDeparture()) {
                count++;
            }
        }
        return count;
    }

    /** Fewer faults first, then fewer departures from the default order. */
    boolean isSimplerThan(Outcome other) {
        int byFaults = Integer.compare(faults(), other.faults());
        return byFaults != 0 ? byFaults < 0 : departures() < other.departures();
    }

    /** @return the schedule that replays this run exactly, trailing defaults dropped */
    Schedule schedule() {
        List<Integer> values = values();
        int end = values.size();
        while (end > 0 && values.get(end - 1) == 0) {
            end--;
        }
        return new Schedule(seed, values.subList(0, end));
    }

    List<Integer> values() {
        List<Integer> values = new ArrayList<>(choices.size());
        for (Choice choice : choices) {
            values.add(choice.value());
        }
        return values;
    }
}
