package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.Expectation;
import dev.eventtestkit.report.JsonSubset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one event must be like, for {@code thenEventsMatch}: of a class, meeting a predicate, or containing a
 * partial JSON form (fields it leaves out are not compared). Immutable.
 *
 * <pre>{@code
 * outcome.thenEventsMatch(
 *         EventMatch.json(OrderCreated.class, "{\"orderId\": \"o-1\"}"),
 *         EventMatch.where(PaymentReceived.class, "paid by p-1", paid -> paid.paymentId().equals("p-1")));
 * }</pre>
 *
 * <p>Partial JSON is compared with the event's JSON form through the fixture's codec: objects may leave fields
 * out at any depth, arrays match element by element, numbers by value ({@code 100} matches {@code 100.0}). A
 * failure names each mismatch by JSON pointer.
 */
@API(status = EXPERIMENTAL)
public final class EventMatch implements Expectation {

    private final @Nullable Class<?> type;
    private final String description;
    private final @Nullable Predicate<Object> predicate;
    private final @Nullable Json partial;

    private EventMatch(@Nullable Class<?> type, String description, @Nullable Predicate<Object> predicate,
            @Nullable Json partial) {
        this.type = type;
        this.description = description;
        this.predicate = predicate;
        this.partial = partial;
    }

    /**
     * @param type the event's class (or a supertype)
     * @return a match for any event of it
     */
    public static EventMatch ofType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        return new EventMatch(type, "any " + type.getSimpleName(), null, null);
    }

    /**
     * @param type the event's class (or a supertype), checked before the predicate
     * @param description what the predicate means, shown in failures
     * @param predicate what the event must meet
     * @return the match
     */
    public static <T> EventMatch where(Class<T> type, String description, Predicate<? super T> predicate) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
        return new EventMatch(type, type.getSimpleName() + " where " + description,
                event -> predicate.test(type.cast(event)), null);
    }

    /**
     * @param description what the predicate means, shown in failures
     * @param predicate what the event must meet
     * @return the match, for events of any class
     */
    public static EventMatch where(String description, Predicate<Object> predicate) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
        return new EventMatch(null, "an event where " + description, predicate, null);
    }

    /**
     * @param type the event's class (or a supertype)
     * @param partialJson the fields that matter, e.g. {@code {"orderId": "o-1"}}
     * @return the match
     * @throws IllegalArgumentException when the text is not JSON, naming the line and column
     */
    public static EventMatch json(Class<?> type, String partialJson) {
        Objects.requireNonNull(type, "type");
        Json partial = parse(partialJson);
        return new EventMatch(type, type.getSimpleName() + " matching " + partial, null, partial);
    }

    /**
     * @param partialJson the fields that matter, for an event of any class
     * @return the match
     * @throws IllegalArgumentException when the text is not JSON, naming the line and column
     */
    public static EventMatch json(String partialJson) {
        Json partial = parse(partialJson);
        return new EventMatch(null, "an event matching " + partial, null, partial);
    }

    private static Json parse(String partialJson) {
        Objects.requireNonNull(partialJson, "partialJson");
        try {
            return Json.parse(partialJson);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the partial JSON " + partialJson + " is not JSON: line "
                    + e.line() + ", column " + e.column() + ": " + e.reason(), e);
        }
    }

    @Override
    public boolean matches(Object actual, EventFormat format) {
        if (type != null && !type.isInstance(actual)) {
            return false;
        }
        Predicate<Object> test = predicate;
        if (test != null && !test.test(actual)) {
            return false;
        }
        Json expected = partial;
        return expected == null || JsonSubset.contains(expected, format.json(actual));
    }

    @Override
    public String describe(EventFormat format) {
        return description;
    }

    @Override
    public List<String> mismatches(Object actual, EventFormat format) {
        List<String> lines = new ArrayList<>();
        Class<?> wanted = type;
        if (wanted != null && !wanted.isInstance(actual)) {
            lines.add("(a " + wanted.getName() + " was expected, the event is a " + actual.getClass().getName() + ")");
            return lines;
        }
        Json expected = partial;
        if (expected != null) {
            for (JsonSubset.Mismatch mismatch : JsonSubset.compare(expected, format.json(actual))) {
                lines.add(mismatch.toString());
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return description;
    }
}
