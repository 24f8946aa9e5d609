package dev.eventtestkit.report;

import dev.eventtestkit.event.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Compares an expected JSON value that may leave fields out with an actual one: fields the expected objects
 * do not list are ignored, everything they list must match, at any depth.
 *
 * <pre>{@code
 * List<JsonSubset.Mismatch> m = JsonSubset.compare(expected, actual);   // empty when actual contains expected
 * m.get(0).toString();   // /amount: expected 100 but was 120
 * }</pre>
 *
 * <p>Arrays match when they have the same length and each element matches (elements may be partial too).
 * Numbers compare by value, so {@code 100} matches {@code 100.0}. A listed {@code null} requires a null.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonSubset {

    /** How a value missing on the actual side reads. */
    public static final String ABSENT = "(absent)";

    private JsonSubset() {}

    /**
     * One place where the actual JSON does not contain the expected.
     *
     * @param pointer the JSON pointer (RFC 6901) of the place, {@code ""} for the whole value
     * @param expected the expected value as compact JSON
     * @param actual the actual value as compact JSON, or {@link #ABSENT}
     */
    public record Mismatch(String pointer, String expected, String actual) {

        public Mismatch {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }

        /** @return e.g. {@code /amount: expected 100 but was 120}; the whole value reads {@code (whole value)} */
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(whole value)" : pointer) + ": expected " + expected + " but was " + actual;
        }
    }

    /**
     * @param expected the expected JSON, listing only the fields that matter
     * @param actual the actual JSON
     * @return the mismatches in the expected value's field order; empty when the actual contains the expected
     */
    public static List<Mismatch> compare(Json expected, Json actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        List<Mismatch> found = new ArrayList<>();
        collect("", expected, actual, found);
        return found;
    }

    /**
     * @param expected the expected JSON, listing only the fields that matter
     * @param actual the actual JSON
     * @return whether the actual contains the expected
     */
    public static boolean contains(Json expected, Json actual) {
        return compare(expected, actual).isEmpty();
    }

    private static void collect(String pointer, Json expected, Json actual, List<Mismatch> found) {
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, Json> field : expected.properties().entrySet()) {
                String child = pointer + "/" + escape(field.getKey());
                Json other = actual.get(field.getKey());
                if (other.isMissing()) {
                    found.add(new Mismatch(child, field.getValue().toString(), ABSENT));
                } else {
                    collect(child, field.getValue(), other, found);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                collect(pointer + "/" + i, expected.get(i), actual.get(i), found);
            }
        } else if (!expected.equals(actual)) { // Json compares numbers by value
            found.add(new Mismatch(pointer, expected.toString(), actual.toString()));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
