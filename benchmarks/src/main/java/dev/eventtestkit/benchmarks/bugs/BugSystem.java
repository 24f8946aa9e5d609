package dev.eventtestkit.benchmarks.bugs;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.explore.Scenario;

/**
 * One system of the benchmark: a scenario with a known ordering, duplicate or fault bug, and the same
 * scenario with the bug fixed.
 *
 * @param name a short name, e.g. {@code double-charge}
 * @param bug what goes wrong, in one line
 * @param depth the bug's depth as PCT counts it: how many ordering constraints between deliveries (and faults)
 *     force it; PCT with that depth finds it with a probability it can bound
 * @param decisions how many decisions a schedule needs to make to hit it, counted from the default order: the
 *     faults and departures of its 1-minimal failing schedule (a delivery kept back behind six others is one
 *     constraint but six departures)
 * @param faults the faults every schedule's broker injects
 * @param buggy the scenario with the bug
 * @param fixed the scenario with the bug fixed: it passes under every schedule
 */
public record BugSystem(String name, String bug, int depth, int decisions, Faults faults, Scenario buggy,
        Scenario fixed) {

    @Override
    public String toString() {
        return name;
    }
}
