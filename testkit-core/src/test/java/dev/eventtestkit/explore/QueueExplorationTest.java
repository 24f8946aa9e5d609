package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.TraceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queues under exploration: which consumer takes which message, and when a prefetched one runs, are choices. */
class QueueExplorationTest {

    /**
     * A ledger opens an account, then books a deposit to it. Opening fails once and is nacked with requeue; when
     * the deposit already sits in the consumer's prefetch window it runs first and finds no account.
     */
    private static final Scenario LEDGER = broker -> {
        broker.declareQueue("ledger");
        Map<String, Long> balances = new HashMap<>();
        List<String> lost = new ArrayList<>();
        boolean[] flaky = {true};
        broker.consume("ledger", ConsumeOptions.defaults().prefetch(2).manualAck(), m -> {
            OrderPlaced event = m.payloadAs(OrderPlaced.class);
            if (event.amount() == 0) {
                if (flaky[0]) {
                    flaky[0] = false;
                    m.context().nack(true);
                    return;
                }
                balances.put(event.orderId(), 0L);
            } else if (balances.containsKey(event.orderId())) {
                balances.merge(event.orderId(), event.amount(), Long::sum);
            } else {
                lost.add(event.orderId() + " +" + event.amount());
            }
            m.context().ack();
        });
        broker.send("", "ledger", new OrderPlaced("a-1", 0));
        broker.send("", "ledger", new OrderPlaced("a-1", 50));
        broker.runUntilIdle();
        assertThat(lost).as("deposits booked before their account was opened").isEmpty();
    };

    @Test
    void randomExplorationFindsTheNackThatReordersAndItsSeedReplaysIt() {
        ExplorationResult result = Explorer.random(100).run(LEDGER);

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.cause()).hasMessageContaining("deposits booked before their account was opened");
        assertThat(failure.report()).contains("@Interleavings(value = 1, seed = " + failure.seed() + "L)");
        assertThat(Explorer.replay(failure.seed()).run(LEDGER).failure()).isPresent();
        assertThat(failure.shrunkTrace().entries()).extracting(e -> e.kind())
                .contains(TraceKind.DISPATCH, TraceKind.REQUEUE);
    }

    @Test
    void exhaustiveExplorationWalksEveryDispatchAndHandlerOrder() {
        ExplorationResult result = Explorer.exhaustive(1000).run(LEDGER);

        assertThat(result.failure()).isPresent();
    }

    @Test
    void competingConsumersAreChoicesLikeGroupInstances() {
        Scenario twoConsumers = broker -> {
            broker.declareQueue("work");
            List<String> order = new ArrayList<>();
            broker.consume("work", m -> order.add("A" + m.payloadAs(OrderPlaced.class).orderId()));
            broker.consume("work", m -> order.add("B" + m.payloadAs(OrderPlaced.class).orderId()));
            broker.send("", "work", new OrderPlaced("1", 1));
            broker.send("", "work", new OrderPlaced("2", 2));
            broker.runUntilIdle();
        };

        ExplorationResult result = Explorer.exhaustive(10_000).run(twoConsumers);

        assertThat(result.exhausted()).isTrue();
        assertThat(result.distinctTraces()).isGreaterThanOrEqualTo(8);
    }
}
