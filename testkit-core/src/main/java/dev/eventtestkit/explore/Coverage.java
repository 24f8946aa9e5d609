package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.broker.TraceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    private int deadLetters;
    private int retries;

    Coverage(Dependence dependence, List<String> reachable) {
        this.dependence = dependence;
        for (String name : reachable) {
            sometimes.put(name, 0);
        }
    }

    void add(Trace trace, Map<String, Boolean> assertions) {
        Map<String, Long> sequences = new HashMap<>();
        long records = 0;
        for (TraceEntry entry : trace.entries()) {
            String group = entry.group();
            if (group == null) {
                records += mix(Objects.hash(entry.position(), entry.time(), entry.detail()));
                continue;
            }
            if (entry.partition() >= 0) {
                groups.add(group);
            }
            String resource = entry.partition() < 0 ? "queue " + entry.topic() : dependence.resource(group, false);
            long sequence = sequences.getOrDefault(resource, (long) resource.hashCode());
            sequence = sequence * 0x100000001B3L + Objects.hash(entry.position(), entry.time(), entry.kind(),
                    entry.fault(), group, entry.attempt(), entry.detail());
            sequences.put(resource, sequence);
            count(entry);
        }
        long fingerprint = records;
        for (long sequence : sequences.values()) {
            fingerprint += mix(sequence);
        }
        classes.add(fingerprint);
        assertions.forEach((name, held) -> sometimes.merge(name, held ? 1 : 0, Integer::sum));
    }

    private void count(TraceEntry entry) {
        if (entry.kind() == TraceKind.FAULT && entry.fault() != null) {
            faults.merge(entry.fault(), 1, Integer::sum);
        } else if (entry.kind() == TraceKind.DEAD_LETTER) {
            deadLetters++;
        } else if (entry.kind() == TraceKind.RETRY) {
            retries++;
        }
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
