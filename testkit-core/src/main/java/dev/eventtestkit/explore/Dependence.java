package dev.eventtestkit.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which deliveries may be reordered without changing what happens: by default two deliveries are independent
 * only when they go to different consumer groups (queue steps: different queues) whose steps publish to no
 * common partition, send to no queue and do not both touch timers. {@code sharedState} groups share state
 * (always dependent); {@code independentGroups} are independent of each other whatever they publish;
 * {@code independentPartitions} groups keep their state per partition (per key), so their deliveries from
 * different partitions are independent too.
 */
final class Dependence {

    static final Dependence DEFAULT = new Dependence(List.of(), List.of(), List.of());

    private final List<List<String>> shared;
    private final List<List<String>> independent;
    private final List<String> perPartition;
    private final Map<String, String> resources = new HashMap<>();

    Dependence(List<List<String>> shared, List<List<String>> independent, List<String> perPartition) {
        this.shared = List.copyOf(shared);
        this.independent = List.copyOf(independent);
        this.perPartition = List.copyOf(perPartition);
        for (List<String> groups : shared) {
            for (String group : groups) {
                resources.put(group, "group " + groups.get(0));
            }
        }
    }

    Dependence sharedState(List<String> groups) {
        List<List<String>> more = new ArrayList<>(shared);
        more.add(List.copyOf(groups));
        return new Dependence(more, independent, perPartition);
    }

    Dependence independentGroups(List<String> groups) {
        List<List<String>> more = new ArrayList<>(independent);
        more.add(List.copyOf(groups));
        return new Dependence(shared, more, perPartition);
    }

    Dependence independentPartitions(List<String> groups) {
        List<String> more = new ArrayList<>(perPartition);
        more.addAll(groups);
        return new Dependence(shared, independent, more);
    }

    boolean isDefault() {
        return shared.isEmpty() && independent.isEmpty() && perPartition.isEmpty();
    }

    /**
     * @return what a step works on: its group, a group it shares state with, or its queue; for a group whose
     *     partitions are independent, that group (or shared state) on one topic partition
     */
    String resource(String group, boolean queue, String topic, int partition) {
        if (queue) {
            return "queue " + group;
        }
        String resource = resources.get(group);
        resource = resource != null ? resource : "group " + group;
        return perPartition.contains(group) ? resource + " " + topic + "[" + partition + "]" : resource;
    }

    boolean declaredIndependent(String a, boolean aQueue, String b, boolean bQueue) {
        if (aQueue || bQueue || a.equals(b)) {
            return false;
        }
        for (List<String> groups : independent) {
            if (groups.contains(a) && groups.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param seen the consumer groups that took a delivery in the first schedule
     * @throws IllegalArgumentException naming the declaration and the group when one names a group never seen
     */
    void requireKnown(Collection<String> seen) {
        check("sharedState", shared, seen);
        check("independentGroups", independent, seen);
        check("independentPartitions", perPartition.isEmpty() ? List.of() : List.of(perPartition), seen);
    }

    private static void check(String method, List<List<String>> declared, Collection<String> seen) {
        for (List<String> groups : declared) {
            for (String group : groups) {
                if (!seen.contains(group)) {
                    Set<String> known = new TreeSet<>(seen);
                    throw new IllegalArgumentException(method + "(\"" + String.join("\", \"", groups)
                            + "\"): no consumer group \"" + group + "\" took a delivery in schedule 1 (groups that did: "
                            + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
                }
            }
        }
    }
}
