package dev.eventtestkit.examples.notifications;

import static dev.eventtestkit.examples.notifications.NotificationQueue.EXCHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.notifications.NotificationQueue.Ordering;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notifications service on a queue, on the fake broker: competing consumers, a TTL retry queue on virtual
 * time, parking after the last retry, and the ordering bug a nack causes, found by exploration.
 */
class NotificationQueueTest {

    private final List<String> inbox = new ArrayList<>();

    private FakeBroker broker(Ordering ordering) {
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        NotificationQueue.declare(broker, ordering, Duration.ofSeconds(30));
        return broker;
    }

    @Test
    void threeCompetingConsumersTellEveryCustomerOnce() {
        FakeBroker broker = broker(Ordering.NONE);
        new NotificationQueue(broker, n -> inbox.add(n.text()), Ordering.NONE).start(3);

        for (int n = 1; n <= 5; n++) {
            broker.send(EXCHANGE, "order.created", new OrderCreated("o-" + n, 100 * n));
        }
        broker.runUntilIdle();

        assertThat(inbox).hasSize(5).doesNotHaveDuplicates().contains("We received your order o-3.");
        assertThat(broker.messageCount(NotificationQueue.QUEUE)).isZero();
    }

    @Test
    void aSenderThatIsDownIsRetriedThroughTheTtlRetryQueue() {
        FakeBroker broker = broker(Ordering.NONE);
        int[] calls = {0};
        new NotificationQueue(broker, n -> {
            if (++calls[0] < 3) {
                throw new IllegalStateException("mail provider down");
            }
            inbox.add(n.text() + " at " + broker.clock().instant());
        }, Ordering.NONE).start(1);

        broker.send(EXCHANGE, "order.shipped", new OrderShipped("o-1"));
        broker.runUntilIdle();
        assertThat(broker.messageCount(NotificationQueue.RETRY)).isEqualTo(1);
        broker.clock().advance(Duration.ofMinutes(1));

        assertThat(inbox).containsExactly("Your order o-1 is on its way. at 2026-01-01T00:01:00Z");
    }

    @Test
    void afterTheLastRetryTheMessageIsParked() {
        FakeBroker broker = broker(Ordering.NONE);
        new NotificationQueue(broker, n -> {
            throw new IllegalStateException("mail provider down");
        }, Ordering.NONE).start(2);

        broker.send(EXCHANGE, "order.created", new OrderCreated("o-9", 100));
        broker.clock().advance(Duration.ofMinutes(5));

        Message parked = broker.get(NotificationQueue.PARKED);
        assertThat(parked.type()).isEqualTo("OrderCreated");
        assertThat(parked.headers()).containsEntry(NotificationQueue.RETRIES, "3")
                .containsEntry("x-first-death-reason", "expired")
                .containsEntry("x-first-death-queue", NotificationQueue.RETRY);
        assertThat(broker.messageCount(NotificationQueue.RETRY)).isZero();
    }

    /** The customer must hear that the order was received before that it is on its way; the sender is busy once. */
    private static Scenario inboxInOrder(Ordering ordering) {
        return broker -> {
            List<String> inbox = new ArrayList<>();
            boolean[] busyOnce = {true};
            NotificationSender sender = notification -> {
                if (busyOnce[0] && notification.text().startsWith("We received")) {
                    busyOnce[0] = false;
                    throw new NotificationSender.Busy("rate limited");
                }
                inbox.add(notification.text());
            };
            NotificationQueue.declare(broker, ordering, Duration.ofSeconds(30));
            new NotificationQueue(broker, sender, ordering).start(2);
            broker.send(EXCHANGE, "order.created", new OrderCreated("o-1", 2500));
            broker.send(EXCHANGE, "order.shipped", new OrderShipped("o-1"));
            broker.runUntilIdle();
            assertThat(inbox).as("the customer's inbox")
                    .containsExactly("We received your order o-1.", "Your order o-1 is on its way.");
        };
    }

    @Test
    void explorationFindsTheNackThatTellsTheCustomerOutOfOrderAndItsSeedReplaysIt() {
        Explorer explorer = Explorer.random(200).configure(ExampleContracts.validating());

        ExplorationResult result = explorer.run(inboxInOrder(Ordering.NONE));

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.shrunkCause()).hasMessageContaining("the customer's inbox");
        assertThat(failure.report()).contains("@Interleavings(value = 1, seed = " + failure.seed() + "L)");
        assertThat(Explorer.replay(failure.seed()).configure(ExampleContracts.validating())
                .run(inboxInOrder(Ordering.NONE)).failure()).isPresent();
    }

    @Test
    void aSingleActiveConsumerWithPrefetchOneKeepsTheOrderInEverySchedule() {
        Explorer.exhaustive(10_000).configure(ExampleContracts.validating())
                .run(inboxInOrder(Ordering.PER_QUEUE))
                .assertNoFailure();
        Explorer.random(200).configure(ExampleContracts.validating())
                .run(inboxInOrder(Ordering.PER_QUEUE))
                .assertNoFailure();
    }
}
