package dev.eventtestkit.store.internal;

import java.util.Objects;
import org.apiguardian.api.API;

/** The stream-name rules every store applies, with one wording. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StreamNames {

    private StreamNames() {}

    /**
     * @param stream the name a caller gave
     * @param operation what was asked, as messages start, e.g. {@code append to} or {@code read}
     * @param outcome what was not done, e.g. {@code nothing appended}
     * @return the name
     * @throws IllegalArgumentException for a blank name or one starting with {@code $}
     */
    public static String check(String stream, String operation, String outcome) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isBlank()) {
            throw new IllegalArgumentException(operation + " a stream with a blank name refused: a stream name has"
                    + " at least one visible character; " + outcome);
        }
        if (stream.startsWith("$")) {
            throw new IllegalArgumentException(operation + " " + stream + " refused: stream names starting with $"
                    + " are reserved for system streams (read the whole log with readAll); " + outcome);
        }
        return stream;
    }
}
