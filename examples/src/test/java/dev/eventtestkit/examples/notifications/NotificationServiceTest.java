package dev.eventtestkit.examples.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.support.ExampleContracts;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one asynchronous consumer: its handler hands the sending to an executor this test owns. The broker's
 * {@code awaitIdle} settles the broker's side only (the handler returned, the record is acked); the sending
 * happens on the executor's thread, so the test waits for it with Awaitility.
 */
class NotificationServiceTest {

    private final ExecutorService sending =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "notification-sender"));
    private final Queue<String> sent = new ConcurrentLinkedQueue<>();
    private final NotificationSender sender =
            notification -> sent.add(Thread.currentThread().getName() + ": " + notification.text());

    @AfterEach
    void stopExecutor() throws InterruptedException {
        sending.shutdownNow();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).as("executor terminated").isTrue();
    }

    @Test
    void sendsOnTheExecutorThreadAfterTheBrokerIsIdle() {
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        new NotificationService(broker, sender, sending).subscribe();

        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderShipped("o-1"));
        broker.publish(OrderProcess.ORDERS, "o-2", new OrderCancelled("o-2", "payment timeout"));
        broker.awaitIdle(Duration.ofSeconds(5));

        await("notifications sent").atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sent).containsExactly(
                "notification-sender: Your order o-1 is on its way.",
                "notification-sender: Your order o-2 was cancelled (payment timeout)."));
    }

    @Test
    void theBrokerIsIdleWhileTheSendingIsStillRunning() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        NotificationSender slow = notification -> {
            awaitQuietly(release);
            sent.add(notification.text());
        };
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        new NotificationService(broker, slow, sending).subscribe();

        broker.publish(OrderProcess.ORDERS, "o-1", new OrderShipped("o-1"));
        broker.awaitIdle(Duration.ofSeconds(5));

        assertThat(sent).isEmpty(); // the record is acked, the sender still waits on the latch
        release.countDown();
        await("notification sent").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sent).containsExactly("Your order o-1 is on its way."));
    }

    @Test
    void retriesThenDeadLettersWhenTheExecutorRejectsTheWork() {
        sending.shutdown();
        FakeBroker broker = ExampleContracts.fakeBroker().retryPolicy(RetryPolicy.of(2, Duration.ofSeconds(1))).build();
        new NotificationService(broker, sender, sending).subscribe();

        broker.publish(OrderProcess.ORDERS, "o-1", new OrderShipped("o-1"));
        broker.clock().advance(Duration.ofSeconds(1));

        assertThat(broker.deadLetterDetails(OrderProcess.ORDERS, NotificationService.GROUP))
                .singleElement().satisfies(letter -> {
                    assertThat(letter.failures()).isEqualTo(2);
                    assertThat(letter.lastFailure()).isInstanceOf(RejectedExecutionException.class);
                });
        assertThat(List.copyOf(sent)).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
