package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake's queues in its own world: the trace, virtual time, faults and the seeded choice of consumer. */
class FakeBrokerQueuesTest {

    private static OrderPlaced order(int n) {
        return new OrderPlaced("o-" + n, n);
    }

    @Test
    void theTraceShowsSendDispatchDeliverAndAckPerQueue() {
        FakeBroker broker = FakeBroker.create();
        broker.declareExchange("orders", ExchangeType.FANOUT);
        broker.declareQueue("billing");
        broker.declareQueue("audit");
        broker.bind("billing", "orders", "");
        broker.bind("audit", "orders", "");
        broker.consume("billing", m -> {});

        broker.send("orders", "order.placed", order(1));
        broker.runUntilIdle();

        assertThat(broker.trace().render()).isEqualTo(""
                + "time                      step  position   group   attempt  event\n"
                + "2026-01-01T00:00:00.000Z  -     orders#0   -       -        send OrderPlaced v2 key=order.placed -> billing, audit\n"
                + "2026-01-01T00:00:00.000Z  1     billing#0  ctag-1  1        dispatch to ctag-1\n"
                + "2026-01-01T00:00:00.000Z  2     billing#0  ctag-1  1        deliver to ctag-1\n"
                + "2026-01-01T00:00:00.000Z  2     billing#0  ctag-1  1        ack\n");
        assertThat(broker.messageCount("audit")).isEqualTo(1);
    }

    @Test
    void retriesWaitTheBackOffOnVirtualTimeThenRejoinTheTail() {
        FakeBroker broker = FakeBroker.builder().retryPolicy(RetryPolicy.of(3, Duration.ofSeconds(1))).build();
        broker.declareExchange("dlx", ExchangeType.FANOUT);
        broker.declareQueue("billing", QueueOptions.defaults().deadLetterExchange("dlx"));
        broker.declareQueue("billing.dlq");
        broker.bind("billing.dlq", "dlx", "");
        List<String> seen = new ArrayList<>();
        broker.consume("billing", m -> {
            seen.add(m.payloadAs(OrderPlaced.class).orderId() + "/" + m.attempt() + (m.redelivered() ? "r" : ""));
            if (m.payloadAs(OrderPlaced.class).amount() == 1) {
                throw new IllegalStateException("card declined");
            }
        });

        broker.send("", "billing", order(1));
        broker.send("", "billing", order(2));
        broker.runUntilIdle();
        assertThat(seen).containsExactly("o-1/1", "o-2/1");
        broker.clock().advance(Duration.ofSeconds(5));

        assertThat(seen).containsExactly("o-1/1", "o-2/1", "o-1/2", "o-1/3");
        Message dead = broker.get("billing.dlq");
        assertThat(dead).isNotNull();
        assertThat(dead.headers()).containsEntry("x-first-death-reason", "rejected")
                .containsEntry("x-first-death-queue", "billing");
        assertThat(dead.exchange()).isEqualTo("dlx");
        assertThat(dead.routingKey()).isEqualTo("billing");
        assertThat(broker.get("billing.dlq")).isNull();
    }

    @Test
    void awaitIdleNamesTheRetryThatWaitsOnTheClock() {
        FakeBroker broker = FakeBroker.create();
        broker.declareQueue("billing");
        broker.consume("billing", m -> {
            throw new IllegalStateException("down");
        });
        broker.send("", "billing", order(1));

        assertThatThrownBy(() -> broker.awaitIdle(Duration.ofSeconds(1)))
                .hasMessage("the fake broker is not idle at 2026-01-01T00:00:00.000Z: awaitIdle does not move the"
                        + " virtual clock, advance it (clock().advance(...)) to release this delivery:\n"
                        + "  billing#0  attempt 2  retry at 2026-01-01T00:00:01.000Z\n");
    }

    @Test
    void headersExchangeMatchesAllOrAny() {
        FakeBroker broker = FakeBroker.create();
        broker.declareExchange("events", ExchangeType.HEADERS);
        broker.declareQueue("all");
        broker.declareQueue("any");
        broker.bind("all", "events", "", Map.of("x-match", "all", "type", "order", "region", "eu"));
        broker.bind("any", "events", "", Map.of("x-match", "any", "type", "order", "region", "eu"));

        broker.send("events", "", order(1), Map.of("type", "order"));
        broker.send("events", "", order(2), Map.of("type", "order", "region", "eu"));

        assertThat(broker.messageCount("all")).isEqualTo(1);
        assertThat(broker.messageCount("any")).isEqualTo(2);
    }
}
