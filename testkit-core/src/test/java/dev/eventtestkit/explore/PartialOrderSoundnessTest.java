package dev.eventtestkit.explore;

import static dev.eventtestkit.explore.ExplorerTest.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Partial-order reduction against brute force on 40 small generated worlds (fixed seeds): groups on one or two
 * partitions, handlers that publish onward to a shared topic, fail once, or record; what every group observed
 * under reduction equals what it observed under every order.
 */
class PartialOrderSoundnessTest {

    @Test
    void reductionObservesWhatBruteForceObservesOnGeneratedWorlds() {
        int compared = 0;
        int pruned = 0;
        for (long world = 0; world < 40; world++) {
            BiConsumer<FakeBroker, Map<String, List<String>>> body = generated(world);
            Explorer explorer = Explorer.exhaustive(3_000)
                    .configure(b -> b.retryPolicy(RetryPolicy.of(2, Duration.ofSeconds(1))));
            PartialOrderReductionTest.Observed brute =
                    PartialOrderReductionTest.explore(explorer.reduction(false), body);
            PartialOrderReductionTest.Observed reduced = PartialOrderReductionTest.explore(explorer, body);
            if (!brute.result().exhausted()) {
                continue;
            }
            assertThat(reduced.seen()).as("world %s", world).isEqualTo(brute.seen());
            assertThat(reduced.result().distinctSchedules()).as("world %s", world)
                    .isEqualTo(brute.result().distinctSchedules());
            compared++;
            pruned += brute.result().schedulesRun() - reduced.result().schedulesRun();
        }
        assertThat(compared).as("worlds small enough for brute force").isGreaterThanOrEqualTo(30);
        assertThat(pruned).as("schedules the reduction skipped").isPositive();
    }

    static BiConsumer<FakeBroker, Map<String, List<String>>> generated(long world) {
        return (broker, log) -> {
            SplittableRandom random = new SplittableRandom(world);
            int partitions = 1 + random.nextInt(2);
            broker.createTopic("in", partitions);
            int groups = 1 + random.nextInt(3);
            for (int g = 0; g < groups; g++) {
                String group = "g" + g;
                int behaviour = random.nextInt(3);
                List<String> seen = new ArrayList<>();
                log.put(group, seen);
                int[] failures = {0};
                broker.subscribe("in", group, m -> {
                    seen.add(m.key() + "#" + m.attempt());
                    if (behaviour == 1) {
                        broker.publish("out", "k", new OrderPlaced(group + " saw " + m.key(), 1));
                    } else if (behaviour == 2 && failures[0]++ == 0) {
                        throw new IllegalStateException("first delivery fails");
                    }
                });
            }
            List<String> out = new ArrayList<>();
            log.put("out", out);
            broker.subscribe("out", "sink", m -> out.add(m.payloadAs(OrderPlaced.class).orderId()));
            int messages = 1 + random.nextInt(3);
            for (int i = 0; i < messages; i++) {
                broker.publish("in", key(random.nextInt(partitions), partitions, "m"), new OrderPlaced("m" + i, i));
            }
            broker.runUntilIdle();
            broker.clock().advance(Duration.ofSeconds(1));
        };
    }
}
