package dev.eventtestkit.store;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An append or a delete found its stream at another version than it expected: another writer got there
 * first. Nothing was written.
 *
 * <p>The message names the stream, what was expected and what was found, e.g. {@code wrong expected version
 * for stream order-1: expected version 0, but it is at version 2; nothing appended}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class WrongExpectedVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stream;
    private final transient ExpectedVersion expected;
    private final long actualVersion;

    /**
     * @param stream the stream
     * @param expected what the writer expected
     * @param actualVersion the version of the stream's last event; -1 when the stream has none
     * @param actual how the stream was found, e.g. {@code it is at version 2}, {@code it does not exist}
     * @param outcome what was not done, e.g. {@code nothing appended}
     */
    public WrongExpectedVersionException(
            String stream, ExpectedVersion expected, long actualVersion, String actual, String outcome) {
        super("wrong expected version for stream " + stream + ": expected " + expected.describe() + ", but "
                + actual + "; " + outcome);
        this.stream = Objects.requireNonNull(stream, "stream");
        this.expected = expected;
        this.actualVersion = actualVersion;
    }

    /** @return the stream */
    public String stream() {
        return stream;
    }

    /** @return what the writer expected */
    public ExpectedVersion expected() {
        return expected;
    }

    /** @return the version of the stream's last event when the write was refused; -1 when it had none */
    public long actualVersion() {
        return actualVersion;
    }
}
