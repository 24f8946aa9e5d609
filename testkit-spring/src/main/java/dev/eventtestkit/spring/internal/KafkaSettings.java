package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one {@link EventTestkitKafka} asks for, as a value: two test classes with equal settings share one cached
 * Spring context.
 */
record KafkaSettings(String schemas, Map<String, String> subjects, long seed, Faults faults, boolean virtualTime,
        Instant start, boolean embeddedKafka) {

    private static final Pattern SUBJECT = Pattern.compile("|[^:\\s]+(:[1-9][0-9]*)?");

    static KafkaSettings of(EventTestkitKafka annotation, Class<?> testClass) {
        try {
            Faults faults = Faults.builder().duplicates(annotation.duplicates())
                    .crashBeforeAck(annotation.crashBeforeAck()).reorder(annotation.reorder()).build();
            boolean embedded = annotation.embeddedKafka()
                    || Boolean.getBoolean(EventTestkitKafka.EMBEDDED_KAFKA_PROPERTY);
            return new KafkaSettings(annotation.schemas(), subjects(annotation.subjects()), annotation.seed(), faults,
                    annotation.virtualTime(), Instant.parse(annotation.start()), embedded);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // no cause: this one line, naming the test class, is what the user reads last
            throw new IllegalStateException("@EventTestkitKafka on " + testClass.getName() + ": " + e.getMessage());
        }
    }

    /** {@code topic=Subject[:version]} entries, by topic; an empty subject means the topic is not validated. */
    private static Map<String, String> subjects(String[] entries) {
        Map<String, String> byTopic = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String subject = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (equals < 1 || !SUBJECT.matcher(subject).matches()) {
                throw new IllegalArgumentException("subjects entry \"" + entry + "\" is not topic=Subject,"
                        + " topic=Subject:version or topic= (unvalidated)");
            }
            byTopic.put(entry.substring(0, equals).trim(), subject);
        }
        return Map.copyOf(byTopic);
    }
}
