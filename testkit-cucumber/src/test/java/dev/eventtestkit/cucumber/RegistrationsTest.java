package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.cucumber.shop.Order;
import dev.eventtestkit.cucumber.shop.OrderCommand.ShipOrder;
import dev.eventtestkit.cucumber.shop.OrderEvent.OrderPlaced;
import dev.eventtestkit.event.EventType;
import org.junit.jupiter.api.Test;

class RegistrationsTest {

    private final EventTestkitSetup setup = new EventTestkitSetup(() -> {
        throw new AssertionError("no broker here");
    }, () -> {
        throw new AssertionError("no clock here");
    });

    @Test
    void findsTheEventTypesOfAPackageIncludingNestedRecords() {
        setup.eventsIn("dev.eventtestkit.cucumber.shop");

        assertThat(new Registrations(setup).events.names()).containsExactly("OrderCancelled", "OrderPaid",
                "OrderPlaced", "OrderShipped", "PaymentProcessed", "PaymentRequested", "ReceiptSent");
    }

    @Test
    void refusesAPackageWithoutEventTypes() {
        assertThatThrownBy(() -> setup.eventsIn("dev.eventtestkit.nothing.here"))
                .hasMessage("no class annotated with @EventType in package dev.eventtestkit.nothing.here or its"
                        + " subpackages on the classpath");
    }

    @Test
    void refusesTwoClassesUnderOneTypeName() {
        setup.events(OrderPlaced.class, Impostor.class);

        assertThatThrownBy(() -> new Registrations(setup))
                .hasMessage("event type \"OrderPlaced\" is registered twice: "
                        + OrderPlaced.class.getName() + " and " + Impostor.class.getName());
    }

    @Test
    void refusesOneCommandForTwoAggregates() {
        setup.aggregate("order", Order.DECIDER).commands(ShipOrder.class);
        setup.aggregate("parcel", Order.DECIDER).commands(ShipOrder.class);

        assertThatThrownBy(() -> new Registrations(setup))
                .hasMessage("command ShipOrder is registered with two aggregates: order and parcel");
    }

    @Test
    void refusesAnAggregateNameThatIsNotOneWord() {
        assertThatThrownBy(() -> setup.aggregate("sales order", Order.DECIDER))
                .hasMessage("an aggregate name is one word, was \"sales order\"");
        setup.aggregate("order", Order.DECIDER);
        assertThatThrownBy(() -> setup.aggregate("order", Order.DECIDER))
                .hasMessage("the aggregate \"order\" is registered twice");
    }

    @Test
    void saysHowToRegisterWhenNothingIsRegistered() {
        assertThatThrownBy(() -> new Registrations(setup).events.resolve("OrderPlaced"))
                .hasMessage("unknown event type \"OrderPlaced\"; none is registered: register event classes with"
                        + " setup.events(...) or setup.eventsIn(...) in your EventTestkitConfiguration");
    }

    @Test
    void listsTheRegisteredNamesWithoutAGuessWhenNoneIsClose() {
        setup.events(OrderPlaced.class);

        assertThatThrownBy(() -> new Registrations(setup).events.resolve("Refund"))
                .hasMessage("unknown event type \"Refund\"; registered: OrderPlaced");
    }

    @EventType(name = "OrderPlaced")
    record Impostor(String id) {}
}
