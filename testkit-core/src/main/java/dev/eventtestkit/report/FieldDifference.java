package dev.eventtestkit.report;

import org.apiguardian.api.API;

/**
 * One field that differs between two events of the same type, with both values rendered.
 *
 * @param path the property name; nested properties are joined by dots, e.g. {@code address.city}; a metadata
 *     entry is {@code metadata <key>}
 * @param expected the expected value as rendered, {@code (absent)} when the expected event lacks it
 * @param actual the actual value as rendered, {@code (absent)} when the actual event lacks it
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record FieldDifference(String path, String expected, String actual) {

    /** How a value missing on one side reads. */
    public static final String ABSENT = "(absent)";

    /** How the path of a metadata entry starts. */
    public static final String METADATA = "metadata ";

    /**
     * @return e.g. {@code field amount: expected 100 but was 120}, or for metadata
     *     {@code metadata correlationId: expected "c-1" but was (absent)}
     */
    @Override
    public String toString() {
        return (path.startsWith(METADATA) ? "" : "field ") + path + ": expected " + expected + " but was " + actual;
    }
}
