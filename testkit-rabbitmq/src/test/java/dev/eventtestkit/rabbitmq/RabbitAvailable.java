package dev.eventtestkit.rabbitmq;

import org.junit.jupiter.api.Assumptions;

/** Skips a test class when no RabbitMQ answers on 127.0.0.1:5672, except under {@code CI=true}, where it fails. */
final class RabbitAvailable {

    private static Boolean reachable;

    private RabbitAvailable() {}

    static synchronized void require() {
        if (reachable == null) {
            reachable = RabbitBroker.builder().reachable();
        }
        String reason = "no RabbitMQ answers at amqp://guest@127.0.0.1:5672/ (start it with rabbitmq-server -detached)";
        if (!reachable && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(reason + "; CI=true: the real-broker tests must run");
        }
        Assumptions.assumeTrue(reachable, reason);
    }
}
