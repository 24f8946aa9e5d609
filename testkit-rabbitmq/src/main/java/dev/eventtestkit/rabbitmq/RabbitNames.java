package dev.eventtestkit.rabbitmq;

import java.util.regex.Pattern;

/**
 * This broker's names on the server: every exchange and queue a test names gets a prefix of its own, so test
 * runs sharing a RabbitMQ never meet; the default exchange and the {@code amq.*} ones are shared as they are.
 */
final class RabbitNames {

    private final String prefix;

    RabbitNames(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    String exchange(String name) {
        return name.isEmpty() || name.startsWith("amq.") ? name : prefix + name;
    }

    String queue(String name) {
        return prefix + name;
    }

    /** @return the name a test used; names without this broker's prefix are returned as they are */
    String logical(String name) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    /** @return a server reply text with this broker's names as the test wrote them */
    String text(String replyText) {
        return replyText.replace(prefix, "");
    }

    String retryExchange(String queue, long millis) {
        return prefix + queue + ".retry." + millis;
    }

    String retryReturn(String queue) {
        return prefix + queue + ".retry.return";
    }

    boolean isRetryReturn(String physicalExchange) {
        return physicalExchange.startsWith(prefix) && physicalExchange.endsWith(".retry.return");
    }

    /** @return whether a physical queue is one of this broker's retry queues for {@code queue} */
    boolean isRetryQueueOf(String physicalQueue, String queue) {
        return Pattern.matches(Pattern.quote(prefix + queue + ".retry.") + "\\d+", physicalQueue);
    }
}
