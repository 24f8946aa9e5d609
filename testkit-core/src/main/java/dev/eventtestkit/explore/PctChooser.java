package dev.eventtestkit.explore;

import dev.eventtestkit.broker.ReadyDeliveries;
import java.util.Arrays;

/**
 * PCT over delivery chains (Burckhardt et al., ASPLOS'10; PCTCP, Ozkan et al., OOPSLA'18): each chain gets a
 * random priority in [depth, depth + 1) when first ready; the highest ready chain runs; at {@code depth - 1}
 * steps drawn from the first {@code steps}, the chain about to run drops to priority 1, 2, ... (below every
 * initial one) and the highest is picked again. Faults and delays are drawn at their rates.
 */
final class PctChooser extends PriorityChooser {

    private static final long STREAM = 0x2545F4914F6CDD1DL;

    private final int depth;
    private final int[] changeSteps;
    private double[] priorities = new double[16];
    private int step;
    private int chains;

    PctChooser(long seed, int depth, int steps) {
        super(seed, STREAM);
        this.depth = depth;
        int changes = Math.min(depth - 1, Math.max(steps, 0));
        this.changeSteps = new int[changes];
        for (int i = 0; i < changes; i++) {
            int drawn;
            do {
                drawn = 1 + random.nextInt(steps);
            } while (contains(changeSteps, i, drawn));
            changeSteps[i] = drawn;
        }
        Arrays.fill(priorities, Double.NaN);
    }

    @Override
    public int nextDelivery(ReadyDeliveries ready) {
        step++;
        int pick = highest(ready);
        for (int i = 0; i < changeSteps.length; i++) {
            if (changeSteps[i] == step) {
                priorities[ready.chain(pick)] = i + 1;
                pick = highest(ready);
            }
        }
        return pick;
    }

    private int highest(ReadyDeliveries ready) {
        int best = 0;
        double bestPriority = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ready.size(); i++) {
            double priority = priorityOf(ready.chain(i));
            if (priority > bestPriority) {
                best = i;
                bestPriority = priority;
            }
        }
        return best;
    }

    private double priorityOf(int chain) {
        if (chain >= priorities.length) {
            int old = priorities.length;
            priorities = Arrays.copyOf(priorities, Math.max(chain + 1, old * 2));
            Arrays.fill(priorities, old, priorities.length, Double.NaN);
        }
        if (Double.isNaN(priorities[chain])) {
            priorities[chain] = depth + random.nextDouble();
            chains++;
        }
        return priorities[chain];
    }

    /** @return how many chains were ready at some step */
    int chains() {
        return chains;
    }


    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "pct(" + depth + ")";
    }
}
