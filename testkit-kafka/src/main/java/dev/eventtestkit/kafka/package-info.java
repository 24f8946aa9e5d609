/**
 * The {@link dev.eventtestkit.broker.Broker} interface over a real Kafka: {@link dev.eventtestkit.kafka.KafkaBroker}
 * against an in-JVM KRaft broker ({@link dev.eventtestkit.kafka.EmbeddedKafka}) or an external cluster.
 */
@NullMarked
package dev.eventtestkit.kafka;

import org.jspecify.annotations.NullMarked;
