package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FakeBroker;
import org.apiguardian.api.API;

/**
 * One test of an event-driven world, run once per schedule on a fresh broker: it subscribes the consumers
 * under test, publishes, steps ({@code runUntilIdle}, {@code clock().advance}) and asserts.
 *
 * <pre>{@code
 * Scenario chargesOnce = broker -> {
 *     Billing billing = new Billing();
 *     broker.subscribe("orders", "billing", m -> billing.on(m.payloadAs(OrderPlaced.class)));
 *     broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
 *     broker.runUntilIdle();
 *     assertThat(billing.charges("o-1")).isEqualTo(1);
 * };
 * }</pre>
 *
 * <p>A scenario must be deterministic apart from the broker: build every object it uses inside {@link #run},
 * and take time from {@code broker.clock()}.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Scenario {

    /**
     * @param broker a fresh broker for this schedule
     * @throws Exception (or an {@code AssertionError}) to fail the schedule
     */
    void run(FakeBroker broker) throws Exception;
}
