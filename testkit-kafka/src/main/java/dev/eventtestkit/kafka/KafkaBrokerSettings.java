package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.event.EventCodec;
import java.time.Duration;
import java.util.Map;

/** What {@link KafkaBrokerBuilder} collected, resolved and checked. */
record KafkaBrokerSettings(
        String bootstrapServers,
        String topicPrefix,
        EventCodec codec,
        long seed,
        double duplicateRate,
        RetryPolicy retries,
        Duration idleTimeout,
        Map<String, Object> consumerProperties) {}
