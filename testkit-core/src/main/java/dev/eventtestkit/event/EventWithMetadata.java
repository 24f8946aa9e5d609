package dev.eventtestkit.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event with its metadata: correlation and causation ids, a tenant, a user; text keys and text values,
 * as message headers carry them.
 *
 * <pre>{@code
 * orders.given(EventWithMetadata.of(new OrderCreated("o-1", 100), Map.of("tenant", "t-1")))
 *       .when(new ShipOrder("o-1"), Map.of("correlationId", "c-1"))
 *       .thenEvents(EventWithMetadata.of(new OrderShipped("o-1"), Map.of("correlationId", "c-1")));
 * }</pre>
 *
 * <p>The metadata is copied, sorted by key, and unmodifiable.
 *
 * @param event the event
 * @param metadata its metadata; empty for none
 * @param <E> the event type
 */
@API(status = EXPERIMENTAL)
public record EventWithMetadata<E>(E event, Map<String, String> metadata) {

    /**
     * @throws NullPointerException when the event is null
     * @throws IllegalArgumentException when a metadata key or value is null, naming the event and the key
     */
    public EventWithMetadata {
        Objects.requireNonNull(event, "event");
        metadata = checked(metadata, "event " + event);
    }

    /**
     * @param event the event
     * @return the event without metadata
     */
    public static <E> EventWithMetadata<E> of(E event) {
        return new EventWithMetadata<>(event, Map.of());
    }

    /**
     * @param event the event
     * @param metadata its metadata
     * @return the event with a copy of the metadata
     * @throws IllegalArgumentException when a key or a value is null
     */
    public static <E> EventWithMetadata<E> of(E event, Map<String, String> metadata) {
        return new EventWithMetadata<>(event, metadata);
    }

    /**
     * Copies metadata after checking it: no null key, no null value.
     *
     * @param metadata the metadata as given
     * @param owner what it belongs to, as error messages name it, e.g. {@code event OrderCreated[...]}
     * @return an unmodifiable copy sorted by key
     * @throws IllegalArgumentException naming the owner and the key
     */
    public static Map<String, String> checked(Map<String, String> metadata, String owner) {
        Objects.requireNonNull(metadata, () -> "the metadata of " + owner + " is null: use an empty map");
        if (metadata.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("the metadata of " + owner + " has a null key (with value "
                        + quoted(entry.getValue()) + "): metadata keys are names such as \"correlationId\"");
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("the metadata key \"" + entry.getKey() + "\" of " + owner
                        + " has a null value: leave the key out instead");
            }
            sorted.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(sorted);
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
