package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.property.Draw;
import dev.eventtestkit.property.Properties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's properties of the broker, on scenarios drawn from a seed: partitions, groups with competing instances,
 * faults, handlers that fail a number of times, a relay that publishes from inside deliveries. Nothing is lost
 * (each record is handled or dead-lettered by every group), each partition is delivered in offset order when the
 * reorder fault is off, and the same seed gives the same trace.
 */
class BrokerScenarioPropertiesTest {

    /** A group subscribed to a topic with some instances; the relay republishes what it handles to "audit". */
    record Group(String name, String topic, int instances) {}

    record Scenario(long seed, int partitions, List<Group> groups, List<String> keys, Map<String, Integer> failures,
            Faults faults, RetryPolicy retries) {}

    static Scenario scenario(Draw draw) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("billing", "orders", draw.between(1, 3)));
        if (draw.chance(0.6)) {
            groups.add(new Group("shipping", "orders", draw.between(1, 2)));
        }
        if (draw.chance(0.5)) {
            groups.add(new Group("relay", "orders", 1));
            groups.add(new Group("auditor", "audit", draw.between(1, 2)));
        }
        List<String> keys = draw.list(draw.upTo(40), i -> draw.chance(0.1) ? null : "o-" + draw.between(0, 9));
        Map<String, Integer> failures = new LinkedHashMap<>(); // group/record -> how many attempts fail
        for (Group group : groups) {
            for (int i = 0; i < keys.size(); i++) {
                if (draw.chance(0.2)) {
                    failures.put(group.name() + "/" + i, draw.between(1, 5));
                }
            }
        }
        Faults.Builder faults = Faults.builder()
                .duplicates(draw.oneOf(0.0, 0.0, 0.2, 1.0))
                .crashBeforeAck(draw.oneOf(0.0, 0.0, 0.1, 0.3))
                .reorder(draw.chance(0.3));
        if (draw.chance(0.3)) {
            faults.delay(Duration.ofMillis(draw.oneOf(1, 500, 5_000)));
        }
        int attempts = draw.between(1, 4);
        RetryPolicy retries = draw.chance(0.3) ? RetryPolicy.of(attempts)
                : RetryPolicy.of(attempts, Duration.ofMillis(draw.oneOf(1, 100, 1_000)), Duration.ofSeconds(2));
        return new Scenario(draw.anyLong(), draw.between(1, 4), groups, keys, failures, faults.build(), retries);
    }

    /** What one run of a scenario did. */
    record Run(FakeBroker broker, List<String> deliveries, Set<String> handled) {}

    static Run run(Scenario scenario) {
        FakeBroker broker = FakeBroker.builder().seed(scenario.seed()).faults(scenario.faults())
                .retryPolicy(scenario.retries()).build();
        broker.createTopic("orders", scenario.partitions());
        broker.createTopic("audit", 2);
        List<String> deliveries = new ArrayList<>();
        Set<String> handled = new HashSet<>();
        for (Group group : scenario.groups()) {
            for (int instance = 0; instance < group.instances(); instance++) {
                broker.subscribe(group.topic(), group.name(), message -> {
                    String record = message.payloadAs(OrderPlaced.class).orderId();
                    deliveries.add(group.name() + " " + message.position() + " #" + message.attempt());
                    if (message.attempt() <= scenario.failures().getOrDefault(group.name() + "/" + record, 0)) {
                        throw new IllegalStateException("attempt " + message.attempt() + " of " + record + " fails");
                    }
                    if (group.name().equals("relay")) {
                        broker.publish("audit", message.key(), new OrderPlaced(record + "-audit", message.attempt()));
                    }
                    handled.add(group.name() + "/" + message.topic() + "/" + record);
                });
            }
        }
        for (int i = 0; i < scenario.keys().size(); i++) {
            broker.publish("orders", scenario.keys().get(i), new OrderPlaced(String.valueOf(i), i));
        }
        broker.runUntilIdle();
        broker.clock().advance(Duration.ofHours(1));
        return new Run(broker, deliveries, handled);
    }

    @Test
    void nothingIsLostEveryRecordIsHandledOrDeadLetteredByEveryGroup() {
        Properties.forAll("nothing is lost: every record is handled or dead-lettered by every group", 150, 12,
                BrokerScenarioPropertiesTest::scenario, scenario -> {
                    Run run = run(scenario);
                    for (Group group : new HashSet<>(scenario.groups())) {
                        Map<String, Integer> dead = new HashMap<>();
                        run.broker().deadLetters(group.topic(), group.name()).forEach(
                                message -> dead.merge(message.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum));
                        for (Message message : run.broker().messages(group.topic())) {
                            String record = message.payloadAs(OrderPlaced.class).orderId();
                            boolean handled = run.handled().contains(group.name() + "/" + group.topic() + "/" + record);
                            assertThat(handled || dead.getOrDefault(record, 0) > 0)
                                    .as("%s of %s handled by %s or dead-lettered", record, group.topic(), group.name())
                                    .isTrue();
                        }
                        assertThat(dead.values()).as("dead letters of %s", group.name()).allMatch(count -> count == 1);
                    }
                    run.broker().awaitIdle(Duration.ofSeconds(1)); // nothing stuck on the clock or waiting for an instance
                });
    }

    @Test
    void eachPartitionIsDeliveredInOffsetOrderWithoutTheReorderFault() {
        Properties.forAll("without the reorder fault each partition is delivered in offset order", 150, 12,
                draw -> {
                    Scenario drawn = scenario(draw);
                    Faults faults = drawn.faults();
                    return new Scenario(drawn.seed(), drawn.partitions(), drawn.groups(), drawn.keys(), drawn.failures(),
                            Faults.builder().duplicates(faults.duplicates()).crashBeforeAck(faults.crashBeforeAck())
                                    .delay(faults.delay()).reorder(false).build(), drawn.retries());
                }, scenario -> {
                    Map<String, Long> lastFirstDelivery = new HashMap<>(); // group + topic[partition] -> offset
                    for (String delivery : run(scenario).deliveries()) {
                        String[] parts = delivery.split(" "); // group topic[partition]@offset #attempt
                        if (parts[2].equals("#1")) {
                            String partition = parts[0] + " " + parts[1].substring(0, parts[1].indexOf('@'));
                            long offset = Long.parseLong(parts[1].substring(parts[1].indexOf('@') + 1));
                            Long previous = lastFirstDelivery.put(partition, offset);
                            assertThat(previous == null || previous < offset)
                                    .as("first delivery of %s after offset %s", delivery, previous).isTrue();
                        }
                    }
                });
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        Properties.forAll("the same seed gives the same trace", 100, 12, BrokerScenarioPropertiesTest::scenario,
                scenario -> {
                    Run first = run(scenario);
                    Run second = run(scenario);
                    assertThat(second.broker().trace().render()).isEqualTo(first.broker().trace().render());
                    assertThat(second.deliveries()).isEqualTo(first.deliveries());
                });
    }
}
