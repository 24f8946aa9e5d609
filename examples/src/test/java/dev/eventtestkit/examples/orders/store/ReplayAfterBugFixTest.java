package dev.eventtestkit.examples.orders.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.orders.OrderCommand.CancelOrder;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.RecordPayment;
import dev.eventtestkit.examples.orders.OrderEvent;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.OrderState.Status;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoreSubscription;
import dev.eventtestkit.store.StoredEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A read model, then a consumer, that counted revenue wrongly (at creation, not at payment); the fix is
 * deployed and replays the log from the start: the store's catch-up subscription from {@code From.start()},
 * the broker's group moved back with {@code seekToBeginning}.
 */
class ReplayAfterBugFixTest {

    /** The bug: revenue counted when an order is created, so unpaid and cancelled orders count too. */
    static final class RevenueAtCreation {
        long paid;

        void on(StoredEvent event) {
            if (event.type().equals("OrderCreated")) {
                paid += event.payloadAs(OrderCreated.class).amount();
            }
        }
    }

    @Test
    void theOrdersLiveInTheirStreams() {
        FakeEventStore store = FakeEventStore.create();
        StoredOrders orders = new StoredOrders(store);

        orders.handle(new CreateOrder("o-1", 100));
        orders.handle(new RecordPayment("o-1", "p-1"));
        orders.handle(new RecordPayment("o-1", "p-1"));               // a redelivered confirmation: nothing appended

        assertThat(store.readStream("order-o-1")).extracting(StoredEvent::type)
                .containsExactly("OrderCreated", "PaymentProcessed");
        assertThat(orders.load("o-1").status()).isEqualTo(Status.PAID);
    }

    @Test
    void aReadModelRebuiltFromTheLogAfterTheFix() {
        FakeEventStore store = FakeEventStore.create();
        StoredOrders orders = new StoredOrders(store);
        RevenueAtCreation buggy = new RevenueAtCreation();
        StoreSubscription deployed = store.subscribeToAll(From.start(), buggy::on);
        orders.handle(new CreateOrder("o-1", 100));
        orders.handle(new RecordPayment("o-1", "p-1"));
        orders.handle(new CreateOrder("o-2", 40));
        orders.handle(new CancelOrder("o-2", "customer"));
        orders.handle(new CreateOrder("o-3", 25));
        store.runUntilIdle();
        assertThat(buggy.paid).isEqualTo(165);                        // o-2 was cancelled, o-3 is not paid yet

        deployed.close();                                             // the fix is deployed:
        Revenue fixed = new Revenue();
        store.subscribeToAll(From.start(), fixed::on);                // its read model is rebuilt from the log
        store.runUntilIdle();

        assertThat(fixed.paid()).isEqualTo(100);
        orders.handle(new RecordPayment("o-3", "p-3"));               // and goes on live
        store.runUntilIdle();
        assertThat(fixed.paid()).isEqualTo(125);
    }

    @Test
    void aConsumerReplaysTheTopicAfterTheFix() {
        FakeBroker broker = FakeBroker.create();
        broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        broker.publish("orders", "o-1", new PaymentProcessed("o-1", "p-1"));
        broker.publish("orders", "o-2", new OrderCreated("o-2", 40));
        Map<String, Long> buggyTotals = new HashMap<>();
        Subscription deployed = broker.subscribe("orders", "revenue", message -> {
            if (message.type().equals("OrderCreated")) {                // the bug: revenue at creation
                OrderCreated created = message.payloadAs(OrderCreated.class);
                buggyTotals.merge("revenue", created.amount(), Long::sum);
            }
        });
        broker.runUntilIdle();
        assertThat(buggyTotals).containsEntry("revenue", 140L);

        deployed.close();                                             // the fix is deployed in the same group:
        RevenueFromTopic fixed = new RevenueFromTopic();
        broker.subscribe("orders", "revenue", fixed::on);
        broker.seekToBeginning("orders", "revenue");                  // and the group reads the topic again
        broker.runUntilIdle();

        assertThat(fixed.paid).isEqualTo(100);
    }

    /** The fixed consumer: revenue counted when the payment is processed. */
    static final class RevenueFromTopic {
        final Map<String, Long> amounts = new HashMap<>();
        long paid;

        void on(Message message) {
            OrderEvent event = message.type().equals("OrderCreated")
                    ? message.payloadAs(OrderCreated.class)
                    : message.payloadAs(PaymentProcessed.class);
            if (event instanceof OrderCreated created) {
                amounts.put(created.orderId(), created.amount());
            } else {
                paid += amounts.getOrDefault(event.orderId(), 0L);
            }
        }
    }
}
