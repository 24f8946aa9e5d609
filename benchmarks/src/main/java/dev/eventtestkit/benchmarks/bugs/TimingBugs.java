package dev.eventtestkit.benchmarks.bugs;

import static dev.eventtestkit.benchmarks.bugs.ProjectionBugs.check;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Processes that race a timer on the virtual clock against a delivery. */
final class TimingBugs {

    private TimingBugs() {}

    /** An order placed; the saga gives its payment 30 seconds. */
    public record SagaOrderPlaced(String orderId) {}

    /** A payment captured for an order. */
    public record PaymentCaptured(String orderId, long amount) {}

    /**
     * The order saga cancels an order unpaid after 30 seconds. A payment delayed past the timeout is captured
     * for a cancelled order and kept. Fixed: a payment for a cancelled order is refunded.
     */
    static BugSystem sagaTimeout() {
        return new BugSystem("saga-timeout", "a payment delayed past the saga's timeout is kept for a cancelled order",
                1, 1, Faults.builder().delay(Duration.ofSeconds(60)).build(), broker -> sagaTimeout(broker, false),
                broker -> sagaTimeout(broker, true));
    }

    private static void sagaTimeout(FakeBroker broker, boolean fixed) {
        Set<String> paid = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        Set<String> refunded = new HashSet<>();
        broker.subscribe("orders", "saga", m -> {
            String order = m.payloadAs(SagaOrderPlaced.class).orderId();
            broker.clock().scheduler().schedule(() -> {
                if (!paid.contains(order)) {
                    cancelled.add(order);
                }
            }, 30, TimeUnit.SECONDS);
        });
        broker.subscribe("payments", "saga", m -> {
            String order = m.payloadAs(PaymentCaptured.class).orderId();
            paid.add(order);
            if (fixed && cancelled.contains(order)) {
                refunded.add(order);
            }
        });
        broker.publish("orders", "o-1", new SagaOrderPlaced("o-1"));
        broker.publish("payments", "o-1", new PaymentCaptured("o-1", 100));
        broker.clock().advance(Duration.ofMinutes(5));
        check(!(cancelled.contains("o-1") && paid.contains("o-1") && !refunded.contains("o-1")),
                "o-1 was cancelled, and its payment kept");
    }
}
