package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyDeliveriesTest {

    /** Takes the oldest entry and writes down every step's view as text. */
    static final class Watching implements Chooser {
        final List<String> steps = new ArrayList<>();

        @Override
        public int nextDelivery(ReadyDeliveries ready) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < ready.size(); i++) {
                entries.add("chain " + ready.chain(i) + " " + ready.group(i) + " " + ready.topic(i) + "["
                        + ready.partition(i) + "]@" + ready.offset(i) + " attempt " + ready.attempt(i)
                        + (ready.isQueueStep(i) ? " queue" : ""));
            }
            steps.add(String.join(", ", entries));
            return 0;
        }

        @Override
        public int nextDelivery(int ready) {
            return 0;
        }

        @Override
        public boolean fault(FaultKind kind, double rate) {
            return false;
        }

        @Override
        public long delayMillis(long boundMillis) {
            return 0;
        }
    }

    @Test
    void showsEveryStepWhatIsReadyByChainGroupAndPosition() {
        Watching chooser = new Watching();
        FakeBroker broker = FakeBroker.builder().chooser(chooser)
                .retryPolicy(RetryPolicy.of(2)).build();
        broker.createTopic("orders", 2);
        int[] calls = {0};
        broker.subscribe("orders", "billing", m -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("once");
            }
        });
        broker.subscribe("orders", "audit", m -> {});
        broker.publish("orders", Keys.on(0, 2, "a"), new OrderPlaced("a", 1));
        broker.publish("orders", Keys.on(1, 2, "b"), new OrderPlaced("b", 1));

        broker.runUntilIdle();

        assertThat(chooser.steps).containsExactly(
                "chain 0 billing orders[0]@0 attempt 1, chain 1 audit orders[0]@0 attempt 1,"
                        + " chain 2 billing orders[1]@0 attempt 1, chain 3 audit orders[1]@0 attempt 1",
                "chain 0 billing orders[0]@0 attempt 2, chain 1 audit orders[0]@0 attempt 1,"
                        + " chain 2 billing orders[1]@0 attempt 1, chain 3 audit orders[1]@0 attempt 1",
                "chain 1 audit orders[0]@0 attempt 1, chain 2 billing orders[1]@0 attempt 1,"
                        + " chain 3 audit orders[1]@0 attempt 1",
                "chain 2 billing orders[1]@0 attempt 1, chain 3 audit orders[1]@0 attempt 1",
                "chain 3 audit orders[1]@0 attempt 1");
    }

    @Test
    void showsQueueStepsAfterTheDeliveriesOneChainPerConsumer() {
        Watching chooser = new Watching();
        FakeBroker broker = FakeBroker.builder().chooser(chooser).build();
        broker.declareQueue("jobs", QueueOptions.defaults());
        broker.consume("jobs", m -> {});
        broker.send("", "jobs", new OrderPlaced("j", 1));

        broker.runUntilIdle();

        assertThat(chooser.steps).containsExactly(
                "chain 0 jobs jobs[-1]@0 attempt 1 queue", "chain 1 jobs jobs[-1]@0 attempt 1 queue");
    }
}
