package dev.eventtestkit.explore;

import dev.eventtestkit.broker.DescribedChooser;
import dev.eventtestkit.broker.FaultKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shrinker's chooser: the broker names every choice point to it. It either plays recorded values in
 * order (to learn what a failing schedule decided) or takes a set of {@link Decision}s by name (a fault
 * fires on the delivery it names, a departure takes the delivery it names while the oldest ready one is
 * the one it went ahead of; everything else takes the default). Either way it records the values taken, for
 * a {@link Schedule} that replays the run, and the decisions taken.
 */
final class DecisionChooser implements DescribedChooser {

    private final @Nullable List<Integer> values;
    private final Set<Decision> faults = new LinkedHashSet<>();
    private final Map<String, Decision> delays = new HashMap<>();
    private final List<Decision> departures = new ArrayList<>();
    private final List<Choice> made = new ArrayList<>();
    private final List<Decision> taken = new ArrayList<>();

    private DecisionChooser(@Nullable List<Integer> values, List<Decision> decisions) {
        this.values = values;
        for (Decision decision : decisions) {
            switch (decision.kind()) {
                case FAULT -> faults.add(decision);
                case DELAY -> delays.put(decision.what(), decision);
                default -> departures.add(decision);
            }
        }
    }

    /** Plays these values in order, then the defaults (a value out of a point's range takes the default). */
    static DecisionChooser values(List<Integer> values) {
        return new DecisionChooser(values, List.of());
    }

    /** Takes these decisions where they apply, the defaults elsewhere. */
    static DecisionChooser decisions(List<Decision> decisions) {
        return new DecisionChooser(null, decisions);
    }

    List<Choice> choices() {
        return made;
    }

    /** @return the decisions this run took, in the order it took them */
    List<Decision> taken() {
        return taken;
    }

    @Override
    public int nextDelivery(List<String> ready) {
        int max = ready.size() - 1;
        int index = 0;
        if (values != null) {
            index = played(max);
        } else {
            for (int d = 0; d < departures.size(); d++) {
                Decision departure = departures.get(d);
                int at = ready.indexOf(departure.what());
                if (at > 0 && ready.get(0).equals(departure.instead())) {
                    departures.remove(d);
                    index = at;
                    break;
                }
            }
        }
        made.add(new Choice(Choice.Kind.DELIVERY, index, max));
        if (index != 0) {
            taken.add(Decision.departure(ready.get(index), ready.get(0)));
        }
        return index;
    }

    @Override
    public boolean fault(FaultKind kind, double rate, String delivery) {
        Decision fault = Decision.fault(kind, delivery);
        boolean fires = values != null ? played(1) == 1 : faults.contains(fault);
        made.add(new Choice(Choice.Kind.FAULT, fires ? 1 : 0, 1));
        if (fires) {
            taken.add(fault);
        }
        return fires;
    }

    @Override
    public long delayMillis(long boundMillis, String delivery) {
        int max = (int) Math.min(boundMillis, Integer.MAX_VALUE);
        int millis;
        if (values != null) {
            millis = played(max);
        } else {
            Decision delay = delays.get(delivery);
            millis = delay == null ? 0 : Math.min(delay.value(), max);
        }
        made.add(new Choice(Choice.Kind.DELAY, millis, max));
        if (millis != 0) {
            taken.add(Decision.delay(delivery, millis));
        }
        return millis;
    }

    private int played(int max) {
        List<Integer> played = java.util.Objects.requireNonNull(values);
        int position = made.size();
        if (position >= played.size()) {
            return 0;
        }
        int value = played.get(position);
        return value > max ? 0 : value;
    }

    // The broker asks a described chooser only by name; these serve a caller that uses it as a plain one.

    @Override
    public int nextDelivery(int ready) {
        List<String> unnamed = new ArrayList<>(ready);
        for (int i = 0; i < ready; i++) {
            unnamed.add("#" + i);
        }
        return nextDelivery(unnamed);
    }

    @Override
    public boolean fault(FaultKind kind, double rate) {
        return fault(kind, rate, "#" + made.size());
    }

    @Override
    public long delayMillis(long boundMillis) {
        return delayMillis(boundMillis, "#" + made.size());
    }
}
