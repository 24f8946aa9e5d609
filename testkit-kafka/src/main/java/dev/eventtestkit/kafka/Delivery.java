package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.RetryPolicy;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;

/**
 * What every group member of one {@link KafkaBroker} shares: codec, names, retry and duplicate settings, and the
 * producer that writes dead letters. Thread-safe.
 */
record Delivery(
        Producer<String, byte[]> producer,
        RecordCodec records,
        Topics topics,
        TopicNames names,
        RetryPolicy retries,
        double duplicateRate) {

    /** Writes the record to {@code <topic>.<group>.dlt} and waits for the cluster to take it. */
    void deadLetter(ConsumerRecord<String, byte[]> record, String topic, String group, int calls, Exception cause) {
        topics.ensure(names.deadLetterTopic(topic, group));
        try {
            producer.send(records.deadLetter(record, topic, group, calls, cause)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot write the dead letter of " + topic + "[" + record.partition() + "]@"
                    + record.offset() + " for group " + group, e.getCause());
        }
    }
}
