package dev.eventtestkit.store.internal;

import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.WrongExpectedVersionException;
import org.apiguardian.api.API;

/**
 * EventStoreDB/Kurrent's expected-version rules, for every store: {@code any} always passes; {@code noStream}
 * passes for a stream without events or a soft-deleted one; {@code streamExists} for a stream with events that
 * is not deleted; {@code exactly(n)} when the last event is version n, deleted or not.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class VersionCheck {

    private VersionCheck() {}

    /**
     * @param stream the stream
     * @param expected what the writer expects
     * @param lastVersion the version of the stream's last event, -1 when it has none
     * @param deleted whether the stream is soft-deleted (and not recreated since)
     * @param outcome what is not done when the check fails, e.g. {@code nothing appended}
     * @throws WrongExpectedVersionException when the stream is not as expected
     */
    public static void check(String stream, ExpectedVersion expected, long lastVersion, boolean deleted, String outcome) {
        if (!passes(expected, lastVersion, deleted)) {
            throw new WrongExpectedVersionException(stream, expected, lastVersion, actual(lastVersion, deleted), outcome);
        }
    }

    private static boolean passes(ExpectedVersion expected, long lastVersion, boolean deleted) {
        if (expected.isAny()) {
            return true;
        }
        if (expected.isNoStream()) {
            return lastVersion < 0 || deleted;
        }
        if (expected.isStreamExists()) {
            return lastVersion >= 0 && !deleted;
        }
        return lastVersion == expected.version();
    }

    private static String actual(long lastVersion, boolean deleted) {
        if (lastVersion < 0) {
            return "it does not exist";
        }
        return deleted ? "it was deleted at version " + lastVersion : "it is at version " + lastVersion;
    }
}
