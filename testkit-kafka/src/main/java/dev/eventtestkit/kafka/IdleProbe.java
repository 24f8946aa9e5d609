package dev.eventtestkit.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Says what keeps a set of subscriptions busy: uncommitted records per group, running handlers, duplicates. */
final class IdleProbe {

    private final Topics topics;
    private final TopicNames names;

    IdleProbe(Topics topics, TopicNames names) {
        this.topics = topics;
        this.names = names;
    }

    /** @return one line per pending item, sorted; empty when idle */
    List<String> pending(Collection<KafkaSubscription> subscriptions) {
        Map<String, List<KafkaSubscription>> byGroup = new TreeMap<>(subscriptions.stream()
                .collect(Collectors.groupingBy(subscription -> subscription.topic() + "/" + subscription.group())));
        List<String> pending = new ArrayList<>();
        for (Map.Entry<String, List<KafkaSubscription>> group : byGroup.entrySet()) {
            KafkaSubscription any = group.getValue().get(0);
            for (KafkaSubscription member : group.getValue()) {
                String busy = member.pending();
                if (busy != null) {
                    pending.add(group.getKey() + ": " + busy);
                }
            }
            Map<Integer, Long> lag = new TreeMap<>(topics.lag(names.topic(any.topic()), names.group(any.group())));
            if (!lag.isEmpty()) {
                long total = lag.values().stream().mapToLong(Long::longValue).sum();
                pending.add(group.getKey() + ": " + total + " record(s) not committed " + lagByPartition(lag));
            }
        }
        return pending;
    }

    private static String lagByPartition(Map<Integer, Long> lag) {
        return lag.entrySet().stream()
                .map(partition -> "partition " + partition.getKey() + ": " + partition.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
