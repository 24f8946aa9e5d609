package dev.eventtestkit.examples.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.shipping.ShipmentRequested;
import dev.eventtestkit.examples.shipping.ShippingService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExampleContractsTest {

    @Test
    void findsAContractForEveryEventOfTheExampleSystem() {
        EventContracts contracts = ExampleContracts.load();

        assertThat(contracts.subjects()).contains("OrderCreated", "OrderShipped", "OrderCancelled",
                "PaymentRequested", "PaymentProcessed", "PaymentFailed", "RefundIssued", "StockReserved",
                "StockReleased", "OutOfStock", "ShipmentRequested", "ShipmentDispatched");
    }

    @Test
    void theExamplesFakeBrokerRejectsAnEventThatBreaksItsContractAndStoresNothing() {
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        Path schema = ExampleContracts.load().file("ShipmentRequested", 1);

        assertThatThrownBy(() -> broker.publish(ShippingService.TOPIC, "o-1", new ShipmentRequested("o-1", "")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("ShipmentRequested v1 does not match its contract " + schema + ":\n"
                        + "  #/address: minLength: must be at least 1 characters long\n"
                        + "payload: {\"orderId\":\"o-1\",\"address\":\"\"}");
        assertThat(broker.messages(ShippingService.TOPIC)).isEmpty();
    }
}
