package dev.eventtestkit.examples.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.DeadLetter;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.junit5.EventTest;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipping service with the JUnit face of the kit: the retry policy comes from {@code @EventTest}, the
 * waits between tries pass on the injected virtual clock, and what still fails is dead-lettered.
 */
@EventTest(schemas = "schemas", maxAttempts = 3, backoffMillis = {10_000, 30_000})
class ShippingServiceEventTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void shipsOneOrderAndDeadLettersTheOtherAfterThreeTriesOnVirtualTime(FakeBroker broker, VirtualClock clock) {
        ShippingProvider carrier = request -> {
            calls.add(request.orderId() + " at " + clock.instant());
            if (request.orderId().equals("o-2")) {
                throw new ShippingProviderException("shipping provider answered 503 for order o-2", null);
            }
            return "TRK-" + request.orderId();
        };
        new ShippingService(broker, carrier, new InMemoryDispatchedShipments()).subscribe();

        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentRequested("o-1", "1 Harbour Road"));
        broker.publish(ShippingService.TOPIC, "o-2", new ShipmentRequested("o-2", "2 Mill Lane"));
        broker.runUntilIdle();
        clock.advance(Duration.ofSeconds(40));

        assertThat(calls).containsExactly(
                "o-1 at 2026-01-01T00:00:00Z",
                "o-2 at 2026-01-01T00:00:00Z",
                "o-2 at 2026-01-01T00:00:10Z",
                "o-2 at 2026-01-01T00:00:40Z");
        List<DeadLetter> dead = broker.deadLetterDetails(ShippingService.TOPIC, ShippingService.GROUP);
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.failures()).isEqualTo(3);
            assertThat(letter.message().key()).isEqualTo("o-2");
            assertThat(letter.lastFailure()).isInstanceOf(ShippingProviderException.class)
                    .hasMessage("shipping provider answered 503 for order o-2");
        });
        assertThat(broker.messages(ShippingService.TOPIC)).extracting(message -> message.type() + " " + message.key())
                .containsExactly("ShipmentRequested o-1", "ShipmentRequested o-2", "ShipmentDispatched o-1");
    }
}
