package dev.eventtestkit.examples.notifications;

import static dev.eventtestkit.examples.notifications.NotificationQueue.EXCHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.notifications.NotificationQueue.Ordering;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.rabbitmq.RabbitBroker;
import java.time.Duration;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same notifications service on a real RabbitMQ (127.0.0.1:5672): competing consumers on the client's
 * threads, a real TTL retry queue (200 ms here) and the parking queue. Skipped when no RabbitMQ answers, failed
 * under {@code CI=true}.
 */
class NotificationQueueRabbitTest {

    private final List<String> inbox = Collections.synchronizedList(new ArrayList<>());
    private final RabbitBroker broker = RabbitBroker.builder().contracts(ExampleContracts.load()).build();

    @BeforeAll
    static void requireRabbitMq() {
        RabbitBroker.builder().assumeReachable();
    }

    @AfterEach
    void deleteTheQueues() {
        broker.close();
    }

    @Test
    void threeCompetingConsumersTellEveryCustomerOnce() {
        NotificationQueue.declare(broker, Ordering.NONE, Duration.ofMillis(200));
        new NotificationQueue(broker, n -> inbox.add(n.text()), Ordering.NONE).start(3);

        for (int n = 1; n <= 5; n++) {
            broker.send(EXCHANGE, "order.created", new OrderCreated("o-" + n, 100 * n));
        }
        broker.awaitIdle(Duration.ofSeconds(20));

        assertThat(inbox).hasSize(5).doesNotHaveDuplicates().contains("We received your order o-3.");
    }

    @Test
    void aSenderThatIsDownIsRetriedThroughTheTtlRetryQueueThenParked() {
        NotificationQueue.declare(broker, Ordering.NONE, Duration.ofMillis(200));
        AtomicInteger calls = new AtomicInteger();
        new NotificationQueue(broker, n -> {
            if (calls.incrementAndGet() < 3 || n.orderId().equals("o-9")) {
                throw new IllegalStateException("mail provider down");
            }
            inbox.add(n.text());
        }, Ordering.NONE).start(2);

        broker.send(EXCHANGE, "order.shipped", new OrderShipped("o-1"));
        broker.awaitIdle(Duration.ofSeconds(20));
        broker.send(EXCHANGE, "order.created", new OrderCreated("o-9", 100));
        broker.awaitIdle(Duration.ofSeconds(20));

        assertThat(inbox).containsExactly("Your order o-1 is on its way.");
        Message parked = broker.get(NotificationQueue.PARKED);
        assertThat(parked.type()).isEqualTo("OrderCreated");
        assertThat(parked.headers()).containsEntry(NotificationQueue.RETRIES, "3")
                .containsEntry("x-first-death-reason", "expired")
                .containsEntry("x-first-death-queue", NotificationQueue.RETRY);
    }
}
