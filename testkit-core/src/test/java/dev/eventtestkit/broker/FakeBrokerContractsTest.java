package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class FakeBrokerContractsTest {

    @EventType(name = "OrderPlaced", version = 2)
    record OrderPlaced(String orderId, String currency) {}

    @TempDir
    Path root;

    FakeBroker broker;

    @BeforeEach
    void buildBrokerWithContracts() throws IOException {
        Path subject = Files.createDirectories(root.resolve("OrderPlaced"));
        Files.writeString(subject.resolve("v1.json"), """
                {"type": "object", "properties": {"orderId": {"type": "string"}}, "required": ["orderId"]}
                """);
        Files.writeString(subject.resolve("v2.json"), """
                {"type": "object",
                 "properties": {"orderId": {"type": "string"}, "currency": {"enum": ["EUR", "USD"]}},
                 "required": ["orderId"]}
                """);
        broker = FakeBroker.builder().contracts(EventContracts.load(root)).build();
    }

    @Test
    void storesAPublishThatMatchesItsContract() {
        broker.publish("orders", "o-1", new OrderPlaced("o-1", "EUR"));

        assertThat(broker.messages("orders")).extracting(Message::type, Message::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OrderPlaced", 2));
    }

    @Test
    void rejectsAPublishThatBreaksItsContractAndStoresNothing() {
        assertThatThrownBy(() -> broker.publish("orders", "o-1", new OrderPlaced("o-1", "GBP")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("OrderPlaced v2 does not match its contract " + root + "/OrderPlaced/v2.json:\n"
                        + "  #/currency: enum: does not have a value in the enumeration [\"EUR\", \"USD\"]\n"
                        + "payload: {\"orderId\":\"o-1\",\"currency\":\"GBP\"}");
        assertThat(broker.messages("orders")).isEmpty();
    }
}
