package dev.eventtestkit.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.examples.support.OnlyInEngineTestKit;
import dev.eventtestkit.junit5.EventTest;
import dev.eventtestkit.junit5.Interleavings;
import java.util.Map;
import java.util.TreeMap;

/**
 * DELIBERATELY FAILING: the {@code Interleavings} example of docs/junit5.md, a billing without idempotency under
 * duplicates. Only {@link Junit5DocExamplesTest} runs it, and asserts the report it fails with.
 */
@OnlyInEngineTestKit
@EventTest(duplicates = 0.5)
class BillingTest {

    @Interleavings(20)
    void chargesEachOrderOnce(FakeBroker broker) {
        Map<String, Integer> charges = new TreeMap<>();
        broker.subscribe("orders", "billing", message -> charges.merge(message.key(), 1, Integer::sum));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
        broker.publish("orders", "o-3", new OrderPlaced("o-3", 75));
        broker.runUntilIdle();
        assertEquals(new TreeMap<>(Map.of("o-1", 1, "o-2", 1, "o-3", 1)), charges);
    }
}
