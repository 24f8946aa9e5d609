package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;

/**
 * The {@code Consumer} a listener, its error handler and a dead-letter recoverer see on the fake: it names the
 * group, lists the fake's partitions, and takes seeks, commits, pauses and resumes as the no-ops they are when the
 * broker redelivers by itself. Anything else fails naming the method, since the fake has no real consumer.
 */
final class ConsumerProxy {

    private static final Node NODE = new Node(0, "eventtestkit-fake-broker", 0);

    private ConsumerProxy() {}

    static Consumer<?, ?> of(String group, FakeBroker broker) {
        ConsumerGroupMetadata metadata = new ConsumerGroupMetadata(group);
        return (Consumer<?, ?>) Proxy.newProxyInstance(Consumer.class.getClassLoader(), new Class<?>[] {Consumer.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "groupMetadata" -> metadata;
                    case "partitionsFor" -> partitions(broker, (String) args[0]);
                    case "seek", "seekToBeginning", "seekToEnd", "commitSync", "commitAsync", "pause", "resume",
                            "wakeup", "close", "enforceRebalance" -> null;
                    case "paused", "assignment", "subscription" -> Set.of();
                    case "metrics" -> Map.of();
                    case "toString" -> "Consumer[group " + group + " on the fake broker]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("Consumer." + method.getName()
                            + " is not available on the fake broker (group " + group + "): a listener there reads"
                            + " records as they are delivered; test code that drives the Consumer itself on a real"
                            + " Kafka");
                });
    }

    /** Kafka answers an empty list for an unknown topic; a dead-letter recoverer then lets the key decide. */
    private static List<PartitionInfo> partitions(FakeBroker broker, String topic) {
        List<PartitionInfo> partitions = new ArrayList<>();
        for (int partition = 0; partition < broker.partitions(topic); partition++) {
            partitions.add(new PartitionInfo(topic, partition, NODE, new Node[] {NODE}, new Node[] {NODE}));
        }
        return partitions;
    }
}
