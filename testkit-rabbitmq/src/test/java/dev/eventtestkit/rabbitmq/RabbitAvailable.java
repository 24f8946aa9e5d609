package dev.eventtestkit.rabbitmq;

/** Skips a test class when no RabbitMQ answers on 127.0.0.1:5672, except under {@code CI=true}, where it fails. */
final class RabbitAvailable {

    private static boolean checked;

    private RabbitAvailable() {}

    static synchronized void require() {
        if (!checked) {
            RabbitBroker.builder().assumeReachable();
            checked = true;
        }
    }
}
