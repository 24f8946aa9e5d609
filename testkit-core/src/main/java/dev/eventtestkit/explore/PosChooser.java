package dev.eventtestkit.explore;

import dev.eventtestkit.broker.ReadyDeliveries;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Partial-order sampling (Yuan et al., CAV'18): every ready delivery draws a random priority when it becomes
 * ready; the highest runs; the deliveries still ready that race with it (to the same consumer group, or the
 * same queue) draw new priorities. Faults and delays are drawn at their rates.
 */
final class PosChooser extends PriorityChooser {

    private static final long STREAM = 0x61C8864680B583EBL;

    private final Map<Long, Double> priorities = new HashMap<>();
    private @Nullable String lastGroup;

    PosChooser(long seed) {
        super(seed, STREAM);
    }

    @Override
    public int nextDelivery(ReadyDeliveries ready) {
        int best = 0;
        double bestPriority = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ready.size(); i++) {
            Long key = key(ready, i);
            Double priority = priorities.get(key);
            if (priority == null || ready.group(i).equals(lastGroup)) {
                priority = random.nextDouble();
                priorities.put(key, priority);
            }
            if (priority > bestPriority) {
                best = i;
                bestPriority = priority;
            }
        }
        lastGroup = ready.group(best);
        priorities.remove(key(ready, best));
        return best;
    }

    /** One ready delivery: its chain, its record and its attempt. */
    private static Long key(ReadyDeliveries ready, int index) {
        long key = ready.chain(index);
        key = key * 0x9E3779B97F4A7C15L + ready.offset(index);
        return key * 31 + ready.attempt(index);
    }


    @Override
    public String toString() {
        return "pos";
    }
}
