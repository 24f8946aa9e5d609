package dev.eventtestkit.spring.internal;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.Json;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * The contract check of values the app serialized itself ({@code String}, {@code byte[]}, {@code Bytes}): they
 * name no event type, so {@code @EventTestkitKafka(subjects = "topic=Subject[:version]")} says which contract each
 * topic carries. A topic it does not list fails the send: nothing goes out unchecked when contracts are on.
 */
final class PreSerializedContracts {

    /** Spring's dead-letter recoverer copies the original record; it was checked when first sent. */
    private static final String DEAD_LETTER_HEADER = "kafka_dlt-original-topic";

    private final EventContracts contracts;
    private final String schemas;
    private final Map<String, Subject> byTopic = new HashMap<>();

    /** @throws IllegalStateException naming the entry, when a subject or version is not in the contracts */
    PreSerializedContracts(EventContracts contracts, String schemas, Map<String, String> subjects) {
        this.contracts = contracts;
        this.schemas = schemas;
        subjects.forEach((topic, subject) -> byTopic.put(topic, resolve(topic, subject)));
    }

    private Subject resolve(String topic, String entry) {
        if (entry.isEmpty()) {
            return Subject.NONE;
        }
        int colon = entry.lastIndexOf(':');
        String name = colon < 0 ? entry : entry.substring(0, colon);
        try {
            int version = colon < 0 ? contracts.latestVersion(name) : Integer.parseInt(entry.substring(colon + 1));
            contracts.file(name, version); // throws for a version the subject does not have
            return new Subject(name, version);
        } catch (ContractException e) {
            // no cause: this line, with the contracts' own message, is what the user reads last
            throw new IllegalStateException("@EventTestkitKafka(subjects = \"" + topic + "=" + entry + "\"): "
                    + e.getMessage());
        }
    }

    /**
     * @param topic the topic the app sent to, or null for a value a test published straight to the broker
     * @throws AssertionError naming the violations, or IllegalStateException when the topic's contract is unknown
     */
    void validate(Object value, Json payload, @Nullable String topic, Header[] headers) {
        String kind = value instanceof CharSequence ? "String" : value instanceof byte[] ? "byte[]" : "Bytes";
        if (topic == null) {
            throw new IllegalStateException("a " + kind + " published straight to the FakeBroker names no event"
                    + " type, so @EventTestkitKafka(schemas = \"" + schemas + "\") cannot tell its contract:"
                    + " publish the event object, or send the value through the app's KafkaTemplate");
        }
        for (Header header : headers) {
            if (DEAD_LETTER_HEADER.equals(header.key())) {
                return;
            }
        }
        Subject subject = byTopic.get(topic);
        if (subject == null) {
            throw new IllegalStateException("KafkaTemplate sent a " + kind + " to topic " + topic + ", which names"
                    + " no event type, so @EventTestkitKafka(schemas = \"" + schemas + "\") cannot tell its"
                    + " contract: map the topic, @EventTestkitKafka(subjects = \"" + topic + "=<subject>\"), or \""
                    + topic + "=\" to send it unvalidated");
        }
        if (subject != Subject.NONE) {
            contracts.assertValid(subject.name(), subject.version(), payload);
        }
    }

    private record Subject(String name, int version) {
        static final Subject NONE = new Subject("", 0);
    }
}
