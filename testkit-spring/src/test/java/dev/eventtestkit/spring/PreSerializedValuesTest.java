package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/** Values the app serializes itself name no event type: `subjects` maps their topics to contracts, or they fail. */
@SpringBootTest(classes = PreSerializedValuesTest.App.class)
@TestPropertySource(properties = "spring.kafka.producer.value-serializer=org.apache.kafka.common.serialization.StringSerializer")
@EventTestkitKafka(schemas = "schemas", subjects = {"orders=OrderCreated", "audit-log="})
class PreSerializedValuesTest {

    private static final String SCHEMAS = java.nio.file.Path.of("").toAbsolutePath().getParent().resolve("schemas")
            .toString();

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aStringSentToAMappedTopicIsValidatedAgainstItsSubject() {
        kafka.send("orders", "o-1", "{\"orderId\":\"o-1\",\"amount\":100,\"currency\":\"EUR\"}");

        assertThatThrownBy(() -> kafka.send("orders", "o-2", "{\"orderId\":\"o-2\",\"amount\":-1}"))
                .hasStackTraceContaining("OrderCreated v2").hasStackTraceContaining("#/amount");
        assertThat(broker.messages("orders")).singleElement()
                .satisfies(m -> assertThat(m.payload().toString()).isEqualTo(
                        "{\"orderId\":\"o-1\",\"amount\":100,\"currency\":\"EUR\"}"));
    }

    @Test
    void aTopicMappedToNoSubjectIsNotValidated() {
        kafka.send("audit-log", "anything at all");

        assertThat(broker.messages("audit-log")).hasSize(1);
    }

    @Test
    void aStringSentToAnUnmappedTopicFailsTheSendSayingWhatToDo() {
        Throwable thrown = catchRoot(() -> kafka.send("notes", "n-1", "remember the milk"));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("KafkaTemplate sent a String to"
                + " topic notes, which names no event type, so @EventTestkitKafka(schemas = \"schemas\") cannot tell"
                + " its contract: map the topic, @EventTestkitKafka(subjects = \"notes=<subject>\"), or \"notes=\" to"
                + " send it unvalidated");
        assertThat(broker.messages("notes")).isEmpty();
    }

    @Test
    void aStringPublishedStraightToTheBrokerFailsToo() {
        assertThatThrownBy(() -> broker.publish("orders", "o-3", "{}")).isInstanceOf(IllegalStateException.class)
                .hasMessage("a String published straight to the FakeBroker names no event type, so"
                        + " @EventTestkitKafka(schemas = \"schemas\") cannot tell its contract: publish the event"
                        + " object, or send the value through the app's KafkaTemplate");
    }

    @Test
    void anUnknownSubjectFailsTheContextNamingTheEntry() {
        assertThat(UnsupportedListenersTest.rootCause(UnknownSubjectCase.class))
                .isEqualTo("@EventTestkitKafka(subjects = \"orders=OrderCreatd\"): unknown subject \"OrderCreatd\" in"
                        + " contracts root " + SCHEMAS + "; known: OrderCancelled, OrderCreated, OrderShipped,"
                        + " OutOfStock, PaymentFailed, PaymentProcessed, PaymentRequested, RefundIssued,"
                        + " ShipmentDispatched, ShipmentRequested, StockReleased, StockReserved (did you mean"
                        + " OrderCreated?)");
    }

    @Test
    void aMalformedEntryFailsTheContextNamingIt() {
        assertThat(UnsupportedListenersTest.rootCause(MalformedCase.class)).isEqualTo("@EventTestkitKafka on "
                + MalformedCase.class.getName() + ": subjects entry \"orders:OrderCreated\" is not topic=Subject,"
                + " topic=Subject:version or topic= (unvalidated)");
    }

    private static Throwable catchRoot(Runnable send) {
        try {
            send.run();
        } catch (KafkaException | IllegalStateException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root;
        }
        throw new AssertionError("the send did not fail");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @SpringBootTest(classes = App.class)
    @EventTestkitKafka(schemas = "schemas", subjects = "orders=OrderCreatd")
    static class UnknownSubjectCase {
        @Test
        void starts() {}
    }

    @SpringBootTest(classes = App.class)
    @EventTestkitKafka(schemas = "schemas", subjects = "orders:OrderCreated")
    static class MalformedCase {
        @Test
        void starts() {}
    }
}
