package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What one {@link EventTestkitKafka} asks for, as a value: two test classes with equal settings share one cached
 * Spring context.
 */
record KafkaSettings(String schemas, long seed, Faults faults, boolean virtualTime, Instant start,
        boolean embeddedKafka) {

    static KafkaSettings of(EventTestkitKafka annotation, Class<?> testClass) {
        try {
            Faults faults = Faults.builder().duplicates(annotation.duplicates())
                    .crashBeforeAck(annotation.crashBeforeAck()).reorder(annotation.reorder()).build();
            boolean embedded = annotation.embeddedKafka()
                    || Boolean.getBoolean(EventTestkitKafka.EMBEDDED_KAFKA_PROPERTY);
            return new KafkaSettings(annotation.schemas(), annotation.seed(), faults, annotation.virtualTime(),
                    Instant.parse(annotation.start()), embedded);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("@EventTestkitKafka on " + testClass.getName() + ": " + e.getMessage(), e);
        }
    }
}
