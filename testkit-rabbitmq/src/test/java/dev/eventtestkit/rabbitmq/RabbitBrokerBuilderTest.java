package dev.eventtestkit.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The builder without a server: immutable settings, and the reasons a test skips or a connection fails. */
class RabbitBrokerBuilderTest {

    /** Nothing listens on port 1 of the loopback. */
    private final RabbitBrokerBuilder nowhere = RabbitBroker.builder().port(1);

    @Test
    void everySetterReturnsANewBuilder() {
        RabbitBrokerBuilder defaults = RabbitBroker.builder();

        RabbitBrokerBuilder other = defaults.host("rabbit.test").port(5673).credentials("app", "secret")
                .virtualHost("orders");

        assertThat(defaults.address()).isEqualTo("amqp://guest@127.0.0.1:5672/");
        assertThat(other.address()).isEqualTo("amqp://app@rabbit.test:5673/orders");
    }

    @Test
    void skipsWithTheReasonWhenNoServerAnswersOrFailsUnderCi() {
        String reason = "no RabbitMQ answers at amqp://guest@127.0.0.1:1/ (start it with rabbitmq-server -detached)";
        if ("true".equals(System.getenv("CI"))) {
            assertThatThrownBy(nowhere::assumeReachable).isInstanceOf(IllegalStateException.class)
                    .hasMessage(reason + "; CI=true: the real-broker tests must run");
        } else {
            assertThatThrownBy(nowhere::assumeReachable).isInstanceOf(TestAbortedException.class).hasMessage(reason);
        }
        assertThat(nowhere.reachable()).isFalse();
    }

    @Test
    void aFailedConnectionNamesTheAddressAndHowToStartTheServer() {
        assertThatThrownBy(nowhere::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot connect to RabbitMQ at amqp://guest@127.0.0.1:1/: ")
                .hasMessageEndingWith(" (is it running? rabbitmq-server -detached starts it)");
    }

    @Test
    void refusesAPortOutsideTheRange() {
        assertThatThrownBy(() -> RabbitBroker.builder().port(0)).hasMessage("port: 1 to 65535, was 0");
    }
}
