package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.EventWithMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What deciding a command gives: the events, each with the metadata the handler adds (on top of what the
 * fixture propagates from the command), and a result for the caller, such as a generated id.
 *
 * <pre>{@code
 * return Decision.of(List.of(new OrderCreated(id, create.amount()))).withResult(id);
 * }</pre>
 *
 * <p>Returned by a {@link MessageDecider} or by the {@code handle} of
 * {@link AggregateFixture#forAggregateWithResult}; a plain {@link Decider}'s {@code List} is a decision without
 * a result. Immutable.
 *
 * @param <E> the event type
 */
@API(status = EXPERIMENTAL)
public final class Decision<E> {

    private final List<E> events;
    /** Each event's own metadata, by position; empty when no event has any. */
    private final List<Map<String, String>> metadata;
    private final @Nullable Object result;

    private Decision(List<E> events, List<Map<String, String>> metadata, @Nullable Object result) {
        this.events = events;
        this.metadata = metadata;
        this.result = result;
    }

    /**
     * @param events the events, in order; no null element
     * @return a decision without metadata of its own and without a result
     * @throws NullPointerException naming the position of a null event
     */
    public static <E> Decision<E> of(List<? extends E> events) {
        Objects.requireNonNull(events, "events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new NullPointerException("event " + (i + 1) + " of the decision is null");
            }
        }
        return new Decision<>(List.copyOf(events), List.of(), null);
    }

    /**
     * @param events the events with metadata of their own, in order; no null element
     * @return a decision without a result
     */
    public static <E> Decision<E> ofMessages(List<EventWithMetadata<E>> events) {
        List<E> plain = new ArrayList<>(events.size());
        List<Map<String, String>> metadata = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventWithMetadata<E> event = events.get(i);
            if (event == null) {
                throw new NullPointerException("event " + (i + 1) + " of the decision is null");
            }
            plain.add(event.event());
            metadata.add(event.metadata());
        }
        return new Decision<>(List.copyOf(plain), List.copyOf(metadata), null);
    }

    /** @return a decision that produces no events and has no result */
    public static <E> Decision<E> none() {
        return new Decision<>(List.of(), List.of(), null);
    }

    /** A plain decider's list, unchecked and uncopied: the fixture checks each event as it records it. */
    static <E> Decision<E> plain(List<E> events) {
        return new Decision<>(events, List.of(), null);
    }

    /**
     * @param value what the command returns to its caller; compared by {@code equals} in {@code thenResult}
     * @return a copy with this result
     */
    public Decision<E> withResult(Object value) {
        return new Decision<>(events, metadata, Objects.requireNonNull(value, "value"));
    }

    /**
     * @param added entries every event of the decision carries, beside what each already has
     * @return a copy with them added (an event's own entry wins over one of these)
     * @throws IllegalArgumentException when a key or a value is null
     */
    public Decision<E> withMetadata(Map<String, String> added) {
        Map<String, String> checked = EventWithMetadata.checked(added, "a decision");
        List<Map<String, String>> more = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            more.add(Metadata.merge(checked, metadataOf(i)));
        }
        return new Decision<>(events, List.copyOf(more), result);
    }

    /** @return the events, in order */
    public List<E> events() {
        return events;
    }

    /** @return the events with the metadata the decision gives them, in order */
    public List<EventWithMetadata<E>> messages() {
        List<EventWithMetadata<E>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            messages.add(EventWithMetadata.of(events.get(i), metadataOf(i)));
        }
        return List.copyOf(messages);
    }

    /** @return the result; empty when the command returns none */
    public Optional<Object> result() {
        return Optional.ofNullable(result);
    }

    /** @return the metadata the decision gives its event at this position; empty for none */
    Map<String, String> metadataOf(int position) {
        return metadata.isEmpty() ? Map.of() : metadata.get(position);
    }

    @Nullable Object resultOrNull() {
        return result;
    }

    @Override
    public String toString() {
        return "Decision" + messages() + (result == null ? "" : " -> " + result);
    }
}
