package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.broker.TraceKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Exhaustive exploration with partial-order reduction: dynamic partial-order reduction (Flanagan and Godefroid,
 * POPL 2005) over delivery chains. After each run it finds, for every step, the last earlier step of the same
 * round that it races with (dependent, and not ordered before it by its chain, by the record it delivers or by
 * other dependent steps) and marks the race's other order to be tried from the state before that step. Choice
 * points other than deliveries (faults, delays) try every value. A run explores at least one schedule per
 * happens-before class; independent deliveries are never reordered for nothing.
 */
final class PartialOrder {

    /** One choice point of the current path, with the chains still to try there. */
    private static final class Node {
        final Choice.Kind kind;
        final int max;
        int value;
        final int[] ready;
        final Set<Integer> backtrack = new HashSet<>();
        final Set<Integer> done = new HashSet<>();

        Node(Choice choice, int[] ready) {
            this.kind = choice.kind();
            this.max = choice.max();
            this.value = choice.value();
            this.ready = ready;
            if (kind == Choice.Kind.DELIVERY && value < ready.length) {
                done.add(ready[value]);
                backtrack.add(ready[value]);
            }
        }
    }

    /** What one step did beyond its delivery: the partitions it published to, a queue it sent to. */
    private static final class Effects {
        final Set<String> published = new HashSet<>();
        boolean sentToQueue;
        final List<String> duplicated = new ArrayList<>();
    }

    private final Dependence dependence;
    private final List<Node> nodes = new ArrayList<>();

    PartialOrder(Dependence dependence) {
        this.dependence = dependence;
    }

    /**
     * Takes in a run made with the first {@code replayed} values of the current path.
     *
     * @param choices the run's choice points
     * @param log its steps
     * @param trace its trace
     */
    void record(List<Choice> choices, int replayed, StepLog log, Trace trace) {
        while (nodes.size() > replayed) {
            nodes.remove(nodes.size() - 1);
        }
        int[][] readyByChoice = new int[choices.size()][];
        for (StepLog.Step step : log.steps) {
            if (step.choice >= 0) {
                readyByChoice[step.choice] = step.ready;
            }
        }
        for (int i = replayed; i < choices.size(); i++) {
            int[] ready = readyByChoice[i] == null ? new int[0] : readyByChoice[i];
            nodes.add(new Node(choices.get(i), ready));
        }
        Map<String, Integer> publishers = publishers(trace);
        addRaces(log.steps, effects(log.steps.size(), trace), creators(log.steps, publishers), publishers);
    }

    /** @return the values of the next path to run, or null when every race has been tried both ways */
    @Nullable List<Integer> next() {
        for (int d = nodes.size() - 1; d >= 0; d--) {
            Node node = nodes.get(d);
            int alternative = alternative(node);
            if (alternative >= 0) {
                node.value = alternative;
                List<Integer> values = new ArrayList<>(d + 1);
                for (int i = 0; i <= d; i++) {
                    values.add(nodes.get(i).value);
                }
                return values;
            }
        }
        return null;
    }

    private static int alternative(Node node) {
        if (node.kind != Choice.Kind.DELIVERY) {
            return new Choice(node.kind, node.value, node.max).nextAlternative();
        }
        for (int index = 0; index < node.ready.length; index++) {
            int chain = node.ready[index];
            if (node.backtrack.contains(chain) && node.done.add(chain)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * Flanagan and Godefroid's update, for the step each state ran and for every other entry ready there (a
     * delivery that never ran, because another consumer of its queue took the message or its group stopped, still
     * races with the step that disabled it).
     */
    private void addRaces(List<StepLog.Step> steps, Effects[] effects, int[] creators,
            Map<String, Integer> publishers) {
        int n = steps.size();
        BitSet[] before = new BitSet[n];
        Map<Integer, Integer> lastOfChain = new HashMap<>();
        int roundStart = 0;
        for (int j = 0; j < n; j++) {
            StepLog.Step step = steps.get(j);
            if (j > 0 && steps.get(j - 1).round != step.round) {
                roundStart = j;
            }
            for (int r = 0; r < step.ready.length; r++) {
                if (step.ready[r] != step.chain) {
                    pendingRace(steps, before, lastOfChain, publishers, roundStart, j, step, r);
                }
            }
            BitSet ordered = new BitSet(n);
            ordered.set(0, roundStart);
            Integer previous = lastOfChain.put(step.chain, j);
            if (previous != null) {
                ordered.or(before[previous]);
                ordered.set(previous);
            }
            if (creators[j] >= 0) {
                ordered.or(before[creators[j]]);
                ordered.set(creators[j]);
            }
            boolean raced = false;
            BitSet all = (BitSet) ordered.clone();
            for (int i = j - 1; i >= roundStart; i--) {
                if (!dependent(steps.get(i), effects[i], step, effects[j])) {
                    continue;
                }
                if (!raced && !ordered.get(i)) {
                    backtrack(steps.get(i), step.chain);
                    raced = true;
                }
                all.or(before[i]);
                all.set(i);
            }
            before[j] = all;
        }
    }

    /** Ready entry {@code r} of step {@code j}, which did not run there: the last step it races with. */
    private void pendingRace(List<StepLog.Step> steps, BitSet[] before, Map<Integer, Integer> lastOfChain,
            Map<String, Integer> publishers, int roundStart, int j, StepLog.Step step, int r) {
        int chain = step.ready[r];
        BitSet ordered = new BitSet(j);
        ordered.set(0, roundStart);
        Integer previous = lastOfChain.get(chain);
        if (previous != null) {
            ordered.or(before[previous]);
            ordered.set(previous);
        }
        Integer creator = publishers.get(step.readyPositions[r]);
        if (creator != null && creator < j) {
            ordered.or(before[creator]);
            ordered.set(creator);
        }
        String resource = dependence.resource(step.readyGroups[r], step.readyQueue[r], step.readyTopics[r],
                step.readyPartitions[r]);
        for (int i = j - 1; i >= roundStart; i--) {
            StepLog.Step other = steps.get(i);
            if (ordered.get(i)
                    || dependence.declaredIndependent(other.group, other.queue, step.readyGroups[r], step.readyQueue[r])
                    || !resource.equals(resource(other))) {
                continue;
            }
            backtrack(other, chain);
            return;
        }
    }

    private void backtrack(StepLog.Step at, int chain) {
        if (at.choice < 0) {
            return;
        }
        Node node = nodes.get(at.choice);
        boolean ready = false;
        for (int candidate : node.ready) {
            ready |= candidate == chain;
        }
        if (ready) {
            node.backtrack.add(chain);
        } else {
            for (int candidate : node.ready) {
                node.backtrack.add(candidate);
            }
        }
    }

    private String resource(StepLog.Step step) {
        return dependence.resource(step.group, step.queue, step.topic, step.partition);
    }

    private boolean dependent(StepLog.Step a, Effects ea, StepLog.Step b, Effects eb) {
        if (dependence.declaredIndependent(a.group, a.queue, b.group, b.queue)) {
            return false;
        }
        if (resource(a).equals(resource(b))) {
            return true;
        }
        if (ea.sentToQueue && (b.queue || eb.sentToQueue) || eb.sentToQueue && a.queue) {
            return true;
        }
        for (String partition : ea.published) {
            if (eb.published.contains(partition)) {
                return true;
            }
        }
        return a.touchedTimers() && b.touchedTimers();
    }

    private static Effects[] effects(int steps, Trace trace) {
        Effects[] effects = new Effects[steps];
        for (int i = 0; i < steps; i++) {
            effects[i] = new Effects();
        }
        for (TraceEntry entry : trace.entries()) {
            int step = entry.step() - 1;
            if (step < 0 || step >= steps) {
                continue;
            }
            if (entry.kind() == TraceKind.PUBLISH) {
                if (entry.partition() < 0) {
                    effects[step].sentToQueue = true;
                } else {
                    effects[step].published.add(entry.topic() + "[" + entry.partition() + "]");
                }
            } else if (entry.kind() == TraceKind.FAULT && entry.fault() == FaultKind.DUPLICATE) {
                effects[step].duplicated.add(entry.group() + " " + entry.position());
            }
        }
        return effects;
    }

    /** @return for each record a step published (or message it sent), that step */
    private static Map<String, Integer> publishers(Trace trace) {
        Map<String, Integer> published = new HashMap<>();
        for (TraceEntry entry : trace.entries()) {
            if (entry.step() >= 1 && entry.kind() == TraceKind.PUBLISH) {
                published.putIfAbsent(StepLog.position(entry.partition() < 0, entry.topic(), entry.partition(),
                        entry.offset()), entry.step() - 1);
            }
        }
        return published;
    }

    /** For each step, the step that made what it delivers: published the record, sent the message, duplicated it. */
    private static int[] creators(List<StepLog.Step> steps, Map<String, Integer> published) {
        Map<String, Integer> duplicated = new HashMap<>();
        Set<Integer> seenChains = new LinkedHashSet<>();
        int[] creators = new int[steps.size()];
        for (int j = 0; j < steps.size(); j++) {
            StepLog.Step step = steps.get(j);
            String position = StepLog.position(step.queue, step.topic, step.partition, step.offset);
            Integer creator = published.get(position);
            creators[j] = creator != null && creator < j ? creator : -1;
            boolean first = seenChains.add(step.chain);
            Integer duplicator = duplicated.get(step.group + " " + position);
            if (first && duplicator != null && duplicator < j) {
                creators[j] = Math.max(creators[j], duplicator);
            }
            if (!step.queue) {
                duplicated.put(step.group + " " + position, j);
            }
        }
        return creators;
    }
}
