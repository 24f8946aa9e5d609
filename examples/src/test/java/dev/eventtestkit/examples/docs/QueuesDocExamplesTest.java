package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.SendOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code blocks of docs/queues.md, run on the fake. */
class QueuesDocExamplesTest {

    /** Charges orders; declines every second attempt at one, so a nack has something to do. */
    static final class Billing {
        final List<String> charged = new ArrayList<>();
        private boolean declineNext = true;

        void on(OrderPlaced order) {
            charged.add(order.orderId());
        }

        boolean tryCharge(OrderPlaced order) {
            declineNext = !declineNext;
            if (!declineNext) {
                return false;
            }
            charged.add(order.orderId());
            return true;
        }
    }

    private final Billing billing = new Billing();

    @Test
    void routesThroughATopicExchangeToACompetingConsumer() {
        FakeBroker broker = FakeBroker.create();
        broker.declareExchange("orders", ExchangeType.TOPIC);
        broker.declareQueue("billing", QueueOptions.defaults().deadLetterExchange("billing.dlx"));
        broker.bind("billing", "orders", "order.*");
        broker.consume("billing", message -> billing.on(message.payloadAs(OrderPlaced.class)));
        broker.send("orders", "order.placed", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();

        assertThat(billing.charged).containsExactly("o-1");
    }

    @Test
    void declaresAQueueWithLimitsTtlAndADeadLetterExchange() {
        FakeBroker broker = FakeBroker.create();
        broker.declareQueue("notifications", QueueOptions.defaults()
                .maxLength(1000, QueueOptions.Overflow.REJECT_PUBLISH)
                .messageTtl(Duration.ofMinutes(5))
                .deadLetterExchange("notifications.dlx"));

        broker.send("", "notifications", new OrderPlaced("o-1", 100));
        assertThat(broker.messageCount("notifications")).isEqualTo(1);
        broker.clock().advance(Duration.ofMinutes(5));
        assertThat(broker.messageCount("notifications")).isZero();
    }

    @Test
    void returnsAnUnroutableMandatoryMessage() {
        FakeBroker broker = FakeBroker.create();
        broker.declareExchange("orders", ExchangeType.DIRECT);

        broker.send("orders", "order.created", new OrderPlaced("o-1", 100), SendOptions.defaults().mandatory(true));

        List<Message> returned = broker.returned();   // the mandatory messages no queue took
        assertThat(returned).hasSize(1);
    }

    @Test
    void prefetchesAndSettlesByHand() {
        FakeBroker broker = FakeBroker.create();
        broker.declareQueue("billing");
        broker.consume("billing", ConsumeOptions.defaults().prefetch(10), message -> billing.on(message.payloadAs(OrderPlaced.class)));
        broker.send("", "billing", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();
        assertThat(billing.charged).containsExactly("o-1");
    }

    @Test
    void nacksWithRequeueAndGetsTheMessageBackRedelivered() {
        FakeBroker broker = FakeBroker.create();
        broker.declareQueue("billing");
        broker.consume("billing", ConsumeOptions.defaults().manualAck(), message -> {
            if (billing.tryCharge(message.payloadAs(OrderPlaced.class))) {
                message.context().ack();
            } else {
                message.context().nack(true);          // back to its place in the queue, redelivered
            }
        });

        broker.send("", "billing", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();

        assertThat(billing.charged).containsExactly("o-1");
        assertThat(broker.messageCount("billing")).isZero();
    }
}
