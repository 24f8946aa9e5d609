package dev.eventtestkit.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.DeliveryContext;
import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.QueueBrokerException;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.broker.SendOptions;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QueueBroker} does, fake or real: each test runs on the fake ({@link FakeQueueBrokerTest}) and
 * on a real RabbitMQ ({@link RabbitQueueBrokerTest}), with the same calls, the same outcomes and the same refusal
 * texts.
 */
abstract class QueueBrokerBehaviourTest {

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** @return a fresh broker with this retry policy */
    protected abstract QueueBroker create(RetryPolicy retryPolicy);

    /** Lets deliveries, retries and expiries run to the end: the fake advances its clock, a real broker waits. */
    protected abstract void settle(QueueBroker broker);

    /** Checks an assertion once the broker got there: the fake runs to idle first, a real broker retries it. */
    protected abstract void eventually(QueueBroker broker, Runnable assertion);

    private QueueBroker broker() {
        return broker(RetryPolicy.of(3));
    }

    private QueueBroker broker(RetryPolicy retryPolicy) {
        QueueBroker broker = create(retryPolicy);
        if (broker instanceof AutoCloseable closeable) {
            opened.add(closeable);
        }
        return broker;
    }

    @AfterEach
    void closeBrokers() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private static OrderPlaced order(int n) {
        return new OrderPlaced("o-" + n, n);
    }

    private static List<String> received() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    private static String id(Message message) {
        return message.payloadAs(OrderPlaced.class).orderId();
    }

    @Test
    void aDirectExchangeRoutesOnTheExactKey() {
        QueueBroker broker = broker();
        broker.declareExchange("orders", ExchangeType.DIRECT);
        broker.declareQueue("created");
        broker.bind("created", "orders", "order.created");

        broker.send("orders", "order.created", order(1));
        broker.send("orders", "order.shipped", order(2));

        assertThat(broker.messageCount("created")).isEqualTo(1);
        Message message = broker.get("created");
        assertThat(id(message)).isEqualTo("o-1");
        assertThat(message.exchange()).isEqualTo("orders");
        assertThat(message.routingKey()).isEqualTo("order.created");
        assertThat(message.queue()).isEqualTo("created");
        assertThat(message.partition()).isEqualTo(-1);
        assertThat(message.offset()).isEqualTo(-1);
        assertThat(message.type()).isEqualTo("OrderPlaced");
        assertThat(message.attempt()).isEqualTo(1);
        assertThat(message.redelivered()).isFalse();
    }

    @Test
    void topicPatternsMatchOneOrManyWordsAndEmptyWords() {
        QueueBroker broker = broker();
        broker.declareExchange("events", ExchangeType.TOPIC);
        broker.declareQueue("one");
        broker.declareQueue("many");
        broker.declareQueue("empty");
        broker.bind("one", "events", "order.*");
        broker.bind("many", "events", "order.#");
        broker.bind("empty", "events", "a.*.b");

        broker.send("events", "order.created", order(1));
        broker.send("events", "order", order(2));
        broker.send("events", "order.created.eu", order(3));
        broker.send("events", "order.", order(4));
        broker.send("events", "a..b", order(5));

        assertThat(drain(broker, "one")).containsExactly("o-1", "o-4");
        assertThat(drain(broker, "many")).containsExactly("o-1", "o-2", "o-3", "o-4");
        assertThat(drain(broker, "empty")).containsExactly("o-5");
    }

    @Test
    void aFanoutSendIsDeliveredOnceFromEachBoundQueue() {
        QueueBroker broker = broker();
        broker.declareExchange("orders", ExchangeType.FANOUT);
        broker.declareQueue("billing");
        broker.declareQueue("audit");
        broker.bind("billing", "orders", "");
        broker.bind("audit", "orders", "ignored");
        broker.bind("audit", "orders", "also-ignored");
        List<String> seen = received();
        broker.consume("billing", m -> seen.add(m.queue() + ":" + id(m)));
        broker.consume("audit", m -> seen.add(m.queue() + ":" + id(m)));

        Message sent = broker.send("orders", "order.created", order(1));
        settle(broker);

        assertThat(seen).containsExactlyInAnyOrder("billing:o-1", "audit:o-1");
        assertThat(sent.exchange()).isEqualTo("orders");
        assertThat(sent.routingKey()).isEqualTo("order.created");
        assertThat(sent.queue()).isNull();
    }

    @Test
    void aHeadersExchangeMatchesAllOrAnyOfTheArguments() {
        QueueBroker broker = broker();
        broker.declareExchange("events", ExchangeType.HEADERS);
        broker.declareQueue("all");
        broker.declareQueue("any");
        broker.bind("all", "events", "", Map.of("x-match", "all", "kind", "order", "region", "eu"));
        broker.bind("any", "events", "", Map.of("x-match", "any", "kind", "order", "region", "eu"));

        broker.send("events", "", order(1), Map.of("kind", "order"));
        broker.send("events", "", order(2), Map.of("kind", "order", "region", "eu"));
        broker.send("events", "", order(3), Map.of("kind", "refund"));

        assertThat(drain(broker, "all")).containsExactly("o-2");
        assertThat(drain(broker, "any")).containsExactly("o-1", "o-2");
    }

    @Test
    void competingConsumersEachTakeEveryMessageOnce() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<String> seen = received();
        for (int c = 0; c < 3; c++) {
            broker.consume("work", m -> seen.add(id(m)));
        }

        for (int n = 1; n <= 30; n++) {
            broker.send("", "work", order(n));
        }
        settle(broker);

        assertThat(seen).hasSize(30).doesNotHaveDuplicates();
        assertThat(broker.messageCount("work")).isZero();
    }

    @Test
    void aNackWithRequeueRedeliversWithTheFlagAndTheNextAttempt() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<String> seen = received();
        broker.consume("work", ConsumeOptions.defaults().manualAck(), m -> {
            seen.add(id(m) + " attempt " + m.attempt() + (m.redelivered() ? " redelivered" : ""));
            if (m.redelivered()) {
                m.context().ack();
            } else {
                m.context().nack(true);
            }
        });

        broker.send("", "work", order(1));
        settle(broker);

        assertThat(seen).containsExactly("o-1 attempt 1", "o-1 attempt 2 redelivered");
    }

    @Test
    void aRejectDeadLettersWithRabbitsFirstDeathHeaders() {
        QueueBroker broker = broker();
        broker.declareExchange("dlx", ExchangeType.DIRECT);
        broker.declareQueue("work", QueueOptions.defaults().deadLetterExchange("dlx").deadLetterRoutingKey("dead"));
        broker.declareQueue("dead");
        broker.bind("dead", "dlx", "dead");
        broker.consume("work", ConsumeOptions.defaults().manualAck(), m -> m.context().reject());

        broker.send("", "work", order(1), Map.of("tenant", "acme"));
        settle(broker);

        Message dead = broker.get("dead");
        assertThat(id(dead)).isEqualTo("o-1");
        assertThat(dead.exchange()).isEqualTo("dlx");
        assertThat(dead.routingKey()).isEqualTo("dead");
        assertThat(dead.headers()).containsEntry("tenant", "acme")
                .containsEntry("x-first-death-reason", "rejected")
                .containsEntry("x-first-death-queue", "work")
                .containsEntry("x-first-death-exchange", "");
    }

    @Test
    void aThrowingHandlerIsRetriedThenRejectedToTheDeadLetterExchange() {
        QueueBroker broker = broker(RetryPolicy.of(3));
        broker.declareExchange("dlx", ExchangeType.FANOUT);
        broker.declareQueue("work", QueueOptions.defaults().deadLetterExchange("dlx"));
        broker.declareQueue("dead");
        broker.bind("dead", "dlx", "");
        List<String> seen = received();
        broker.consume("work", m -> {
            seen.add(m.attempt() + (m.redelivered() ? "r" : ""));
            throw new IllegalStateException("card declined");
        });

        broker.send("", "work", order(1));
        settle(broker);

        assertThat(seen).containsExactly("1", "2r", "3r");
        assertThat(id(broker.get("dead"))).isEqualTo("o-1");
    }

    @Test
    void aBackOffRetryRejoinsTheTailOfTheQueueAsANewDelivery() {
        QueueBroker broker = broker(RetryPolicy.of(2, Duration.ofMillis(200)));
        broker.declareQueue("work");
        List<String> seen = received();
        broker.consume("work", m -> {
            seen.add(id(m) + " attempt " + m.attempt() + (m.redelivered() ? " redelivered" : "") + " via "
                    + m.exchange() + "/" + m.routingKey());
            if (m.attempt() == 1) {
                throw new IllegalStateException("not yet");
            }
        });

        broker.send("", "work", order(1));
        settle(broker);

        assertThat(seen).containsExactly("o-1 attempt 1 via /work", "o-1 attempt 2 via /work");
    }

    @Test
    void aFullQueueDropsItsHeadToTheDeadLetterExchange() {
        QueueBroker broker = broker();
        broker.declareExchange("dlx", ExchangeType.FANOUT);
        broker.declareQueue("small", QueueOptions.defaults().maxLength(2).deadLetterExchange("dlx"));
        broker.declareQueue("dead");
        broker.bind("dead", "dlx", "");

        for (int n = 1; n <= 3; n++) {
            broker.send("", "small", order(n));
        }

        assertThat(drain(broker, "small")).containsExactly("o-2", "o-3");
        Message dead = broker.get("dead");
        assertThat(id(dead)).isEqualTo("o-1");
        assertThat(dead.headers()).containsEntry("x-first-death-reason", "maxlen");
    }

    @Test
    void aFullRejectPublishQueueRefusesTheNewMessage() {
        QueueBroker broker = broker();
        broker.declareQueue("small", QueueOptions.defaults().maxLength(1, QueueOptions.Overflow.REJECT_PUBLISH));

        broker.send("", "small", order(1));
        broker.send("", "small", order(2));

        assertThat(drain(broker, "small")).containsExactly("o-1");
    }

    @Test
    void anExpiredMessageIsDeadLettered() {
        QueueBroker broker = broker();
        broker.declareExchange("dlx", ExchangeType.FANOUT);
        broker.declareQueue("waiting", QueueOptions.defaults().messageTtl(Duration.ofMillis(100))
                .deadLetterExchange("dlx"));
        broker.declareQueue("dead");
        broker.bind("dead", "dlx", "");
        List<String> seen = received();
        broker.consume("dead", m -> seen.add(id(m) + " " + m.headers().get("x-first-death-reason")));

        broker.send("", "waiting", order(1));
        settle(broker);

        eventually(broker, () -> assertThat(seen).containsExactly("o-1 expired"));
        assertThat(broker.messageCount("waiting")).isZero();
    }

    @Test
    void aSingleActiveConsumerTakesEverythingUntilItCancels() {
        QueueBroker broker = broker();
        broker.declareQueue("ordered", QueueOptions.defaults().singleActiveConsumer(true));
        List<String> seen = received();
        Subscription first = broker.consume("ordered", m -> seen.add("first:" + id(m)));
        broker.consume("ordered", m -> seen.add("second:" + id(m)));

        broker.send("", "ordered", order(1));
        broker.send("", "ordered", order(2));
        settle(broker);
        first.close();
        broker.send("", "ordered", order(3));
        settle(broker);

        assertThat(seen).containsExactly("first:o-1", "first:o-2", "second:o-3");
    }

    @Test
    void anUnroutableMandatoryMessageIsReturnedAndAnOtherIsDropped() {
        QueueBroker broker = broker();
        broker.declareExchange("orders", ExchangeType.DIRECT);

        Message returned = broker.send("orders", "nowhere", order(1), SendOptions.defaults().mandatory(true));
        broker.send("orders", "nowhere", order(2));

        assertThat(broker.returned()).extracting(QueueBrokerBehaviourTest::id).containsExactly("o-1");
        assertThat(broker.returned().get(0).id()).isEqualTo(returned.id());
    }

    @Test
    void aPrefetchWindowLimitsUnackedDeliveries() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<DeliveryContext> held = Collections.synchronizedList(new ArrayList<>());
        broker.consume("work", ConsumeOptions.defaults().prefetch(2).manualAck(), m -> held.add(m.context()));

        for (int n = 1; n <= 3; n++) {
            broker.send("", "work", order(n));
        }

        eventually(broker, () -> {
            assertThat(held).hasSize(2);
            assertThat(broker.messageCount("work")).isEqualTo(1);
        });
        held.get(0).ack();
        eventually(broker, () -> assertThat(held).hasSize(3));
        held.get(1).ack();
        held.get(2).ack();
    }

    @Test
    void aCancelledConsumersUnackedDeliveriesGoBackToTheQueue() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<String> seen = received();
        Subscription holder = broker.consume("work", ConsumeOptions.defaults().manualAck(), m -> seen.add("held"));
        broker.send("", "work", order(1));
        eventually(broker, () -> assertThat(seen).containsExactly("held"));

        holder.close();
        broker.consume("work", m -> seen.add(id(m) + (m.redelivered() ? " redelivered" : "")));
        settle(broker);

        assertThat(seen).containsExactly("held", "o-1 redelivered");
    }

    // ---- bad input: RabbitMQ's refusals, word for word, and nothing lost ----

    @Test
    void sendingToAnUndeclaredExchangeFailsAsRabbitDoesAndLosesNothing() {
        QueueBroker broker = broker();
        broker.declareQueue("work");

        assertThatThrownBy(() -> broker.send("nowhere", "k", order(1)))
                .isInstanceOf(QueueBrokerException.class)
                .hasMessage("send to exchange 'nowhere' with routing key 'k': 404 NOT_FOUND - no exchange 'nowhere'"
                        + " in vhost '/'");
        broker.send("", "work", order(2));
        assertThat(drain(broker, "work")).containsExactly("o-2");
    }

    @Test
    void bindingAnUndeclaredQueueOrExchangeNamesIt() {
        QueueBroker broker = broker();
        broker.declareExchange("orders", ExchangeType.TOPIC);
        broker.declareQueue("work");

        assertThatThrownBy(() -> broker.bind("missing", "orders", "#"))
                .hasMessage("bind queue 'missing' to exchange 'orders' with key '#': 404 NOT_FOUND - no queue"
                        + " 'missing' in vhost '/'");
        assertThatThrownBy(() -> broker.bind("work", "absent", "#"))
                .hasMessage("bind queue 'work' to exchange 'absent' with key '#': 404 NOT_FOUND - no exchange"
                        + " 'absent' in vhost '/'");
        assertThatThrownBy(() -> broker.consume("missing", m -> {}))
                .hasMessage("consume from queue 'missing': 404 NOT_FOUND - no queue 'missing' in vhost '/'");
    }

    @Test
    void redeclaringAnExchangeWithAnotherTypeFails() {
        QueueBroker broker = broker();
        broker.declareExchange("orders", ExchangeType.DIRECT);

        assertThatThrownBy(() -> broker.declareExchange("orders", ExchangeType.FANOUT))
                .hasMessage("declare exchange 'orders' of type FANOUT: 406 PRECONDITION_FAILED - inequivalent arg"
                        + " 'type' for exchange 'orders' in vhost '/': received 'fanout' but current is 'direct'");
        broker.declareExchange("orders", ExchangeType.DIRECT);
    }

    @Test
    void aNegativePrefetchIsRefusedAndZeroMeansUnlimited() {
        assertThatThrownBy(() -> ConsumeOptions.defaults().prefetch(-1))
                .hasMessage("prefetch: 0 (unlimited) to 65535, was -1");
        assertThat(ConsumeOptions.defaults().prefetch(0).prefetch()).isZero();
    }

    @Test
    void ackingTwiceFailsWithUnknownDeliveryTagAndKeepsTheChannel() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<String> errors = received();
        List<String> seen = received();
        broker.consume("work", ConsumeOptions.defaults().manualAck(), m -> {
            seen.add(id(m));
            m.context().ack();
            try {
                m.context().ack();
            } catch (QueueBrokerException twice) {
                errors.add(twice.getMessage());
            }
        });

        broker.send("", "work", order(1));
        broker.send("", "work", order(2));
        settle(broker);

        assertThat(seen).containsExactly("o-1", "o-2");
        assertThat(errors).containsExactly(
                "ack of delivery tag 1 from queue 'work' (consumer ctag-1): 406 PRECONDITION_FAILED - unknown"
                        + " delivery tag 1",
                "ack of delivery tag 2 from queue 'work' (consumer ctag-1): 406 PRECONDITION_FAILED - unknown"
                        + " delivery tag 2");
    }

    @Test
    void ackingAfterTheConsumerWasCancelledFailsAndTheMessageGoesToTheNextConsumer() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<DeliveryContext> held = Collections.synchronizedList(new ArrayList<>());
        Subscription holder = broker.consume("work", ConsumeOptions.defaults().manualAck(), m -> held.add(m.context()));
        broker.send("", "work", order(1));
        eventually(broker, () -> assertThat(held).hasSize(1));

        holder.close();
        assertThatThrownBy(() -> held.get(0).ack())
                .isInstanceOf(QueueBrokerException.class)
                .hasMessage("ack of delivery tag 1 from queue 'work' (consumer ctag-1): 406 PRECONDITION_FAILED -"
                        + " unknown delivery tag 1");
        List<String> seen = received();
        broker.consume("work", m -> seen.add(id(m) + (m.redelivered() ? " redelivered" : "")));
        settle(broker);

        assertThat(seen).containsExactly("o-1 redelivered");
    }

    @Test
    void anAutoAckConsumerCannotSettleByHand() {
        QueueBroker broker = broker();
        broker.declareQueue("work");
        List<String> errors = received();
        broker.consume("work", m -> {
            try {
                m.context().ack();
            } catch (IllegalStateException auto) {
                errors.add(auto.getMessage());
            }
        });

        broker.send("", "work", order(1));
        settle(broker);

        assertThat(errors).containsExactly("ack of delivery tag 1 from queue 'work' (consumer ctag-1): this consumer"
                + " acknowledges automatically when its handler returns; consume with"
                + " ConsumeOptions.defaults().manualAck() to settle deliveries yourself");
        assertThat(broker.messageCount("work")).isZero();
    }

    private static List<String> drain(QueueBroker broker, String queue) {
        List<String> ids = new ArrayList<>();
        for (Message message = broker.get(queue); message != null; message = broker.get(queue)) {
            ids.add(id(message));
        }
        return ids;
    }
}
