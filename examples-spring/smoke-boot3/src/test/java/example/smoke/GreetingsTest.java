package example.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.EventTestkitKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The app's own producer, serializer and listener on the fake broker, every send checked against its contract. */
@SpringBootTest
@EventTestkitKafka(schemas = "schemas")
class GreetingsTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    Greeter greeter;

    @Test
    void aGreetingGoesThroughTheAppsSerializerToItsListener() {
        greeter.greet("g-1", "Ada");
        broker.runUntilIdle();

        assertThat(greeter.heard()).containsExactly(new Greeted("g-1", "Ada", null));
        assertThat(broker.messages(Greeter.TOPIC)).singleElement()
                .satisfies(message -> assertThat(message.payload()).hasToString("{\"greeting_id\":\"g-1\",\"name\":\"Ada\"}"));
    }

    @Test
    void aGreetingThatBreaksItsContractIsRefusedAtTheSend() {
        assertThatThrownBy(() -> greeter.greet("g-2", ""))
                .hasMessageContaining("Greeted v1")
                .hasMessageContaining("#/name");
        assertThat(broker.messages(Greeter.TOPIC)).isEmpty();
    }
}
