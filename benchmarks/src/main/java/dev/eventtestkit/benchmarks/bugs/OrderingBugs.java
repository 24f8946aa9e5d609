package dev.eventtestkit.benchmarks.bugs;

import java.util.List;

/** The systems of the benchmark, shallow bugs first. */
public final class OrderingBugs {

    private OrderingBugs() {}

    /** @return every system, each with its bug, depth, faults and fixed version */
    public static List<BugSystem> all() {
        return List.of(
                ProjectionBugs.lostUpdate(),
                ProjectionBugs.outOfOrderStateMachine(),
                ProjectionBugs.readYourWrites(),
                DeliveryBugs.doubleCharge(),
                DeliveryBugs.mailTwice(),
                TimingBugs.sagaTimeout(),
                QueueBugs.requeuedOpening(),
                ProjectionBugs.overdraftClamp(),
                DeliveryBugs.lastIdDedupe(),
                DeliveryBugs.staleDuplicate(),
                ProjectionBugs.stockClamp());
    }
}
