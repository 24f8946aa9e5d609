package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an exploration reached, schedule by schedule: the happens-before classes of the schedules (two schedules
 * are in one class when every consumer group, and every group sharing state with it, saw the same deliveries in
 * the same order and every partition holds the same records: they differ only in the order of independent
 * deliveries), the faults fired by kind, dead letters, retries, and the {@code sometimes}/{@code reachable}
 * assertions.
 */
final class Coverage {

    private final Dependence dependence;
    private final Set<Long> classes = new HashSet<>();
    private final Map<FaultKind, Integer> faults = new EnumMap<>(FaultKind.class);
    private final Map<String, Integer> sometimes = new LinkedHashMap<>();
    private final Set<String> groups = new HashSet<>();
    private final boolean plain;
    private long[] resourceKeys = new long[8];
    private long[] sequences = new long[8];
    private final Trace.RowVisitor visitor = this::row;
    private int resources;
    private long records;
    private int deadLetters;
    private int retries;

    Coverage(Dependence dependence, List<String> reachable) {
        this.dependence = dependence;
        this.plain = dependence.isDefault();
        for (String name : reachable) {
            sometimes.put(name, 0);
        }
    }

    void add(Trace trace, Map<String, Boolean> assertions) {
        resources = 0;
        records = 0;
        trace.visit(visitor);
        long fingerprint = records;
        for (int slot = 0; slot < resources; slot++) {
            fingerprint += mix(sequences[slot]);
        }
        classes.add(fingerprint);
        if (!assertions.isEmpty()) {
            assertions.forEach((name, held) -> sometimes.merge(name, held ? 1 : 0, Integer::sum));
        }
    }

    /** One entry, as a number added to its resource's sequence; runs for every entry of every schedule. */
    private void row(Instant time, TraceKind kind, @Nullable FaultKind fault, String topic, int partition,
            long offset, @Nullable String group, int attempt) {
        long here = topic.hashCode() * 31L + partition;
        here = here * 31 + offset;
        here = here * 31 + time.hashCode();
        here = here * 31 + kind.ordinal();
        if (group == null) {
            records += mix(here);
            return;
        }
        if (partition >= 0) {
            groups.add(group);
        }
        here = here * 31 + (fault == null ? -1 : fault.ordinal());
        here = here * 31 + group.hashCode();
        here = here * 31 + attempt;
        long resource = resourceKey(topic, partition, group);
        int slot = 0;
        while (slot < resources && resourceKeys[slot] != resource) {
            slot++;
        }
        if (slot == resources) {
            if (resources == resourceKeys.length) {
                resourceKeys = Arrays.copyOf(resourceKeys, resources * 2);
                sequences = Arrays.copyOf(sequences, resources * 2);
            }
            resourceKeys[slot] = resource;
            sequences[slot] = resource;
            resources++;
        }
        sequences[slot] = sequences[slot] * 0x100000001B3L + here;
        if (kind == TraceKind.FAULT && fault != null) {
            faults.merge(fault, 1, Integer::sum);
        } else if (kind == TraceKind.DEAD_LETTER) {
            deadLetters++;
        } else if (kind == TraceKind.RETRY) {
            retries++;
        }
    }

    /** What an entry's group works on, as a number: the group (or its shared state, or its partition), or a queue. */
    private long resourceKey(String topic, int partition, String group) {
        if (partition < 0) {
            return mix(topic.hashCode() * 31L + 1);
        }
        if (plain) {
            return mix(group.hashCode() * 31L);
        }
        return mix(dependence.resource(group, false, topic, partition).hashCode() * 31L + 2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int distinctSchedules() {
        return classes.size();
    }

    Set<String> groups() {
        return groups;
    }

    Map<FaultKind, Integer> faults() {
        Map<FaultKind, Integer> copy = new EnumMap<>(FaultKind.class);
        copy.putAll(faults);
        return Collections.unmodifiableMap(copy);
    }

    Map<String, Integer> sometimes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sometimes));
    }

    int deadLetters() {
        return deadLetters;
    }

    int retries() {
        return retries;
    }

    /** @return one line per configured fault that never fired */
    List<String> silentFaults(Faults configured, int schedules) {
        List<String> warnings = new ArrayList<>();
        Map<FaultKind, String> rates = new EnumMap<>(FaultKind.class);
        if (configured.duplicates() > 0) {
            rates.put(FaultKind.DUPLICATE, "rate " + configured.duplicates());
        }
        if (configured.crashBeforeAck() > 0) {
            rates.put(FaultKind.CRASH_BEFORE_ACK, "rate " + configured.crashBeforeAck());
        }
        if (configured.reorder()) {
            rates.put(FaultKind.REORDER, "on");
        }
        if (!configured.delay().isZero()) {
            rates.put(FaultKind.DELAY, "up to " + configured.delay());
        }
        rates.forEach((kind, rate) -> {
            if (!faults.containsKey(kind)) {
                warnings.add("the " + kind.label() + " fault (" + rate + ") never fired in " + schedules
                        + " schedule" + (schedules == 1 ? "" : "s"));
            }
        });
        return warnings;
    }

    /** @return e.g. {@code duplicate 57, crash-before-ack 3}; empty when none fired */
    String faultCounts() {
        List<String> parts = new ArrayList<>();
        faults.forEach((kind, count) -> parts.add(kind.label().toLowerCase(Locale.ROOT) + " " + count));
        return String.join(", ", parts);
    }
}
