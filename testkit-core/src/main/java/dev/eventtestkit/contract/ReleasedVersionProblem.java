package dev.eventtestkit.contract;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A released schema version (one present in a baseline) that changed or vanished.
 *
 * @param subject the subject
 * @param version the released version
 * @param file where the version's file is, or should be, under the current root
 * @param baselineFile the released file in the baseline
 * @param kind CHANGED or REMOVED
 * @param pointer for CHANGED, the first JSON pointer (in document order) where the two files differ; {@code #/}
 *     for REMOVED
 * @param original the released value at the pointer, as JSON text; null when absent
 * @param updated the current value at the pointer, as JSON text; null when absent
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReleasedVersionProblem(String subject, int version, Path file, Path baselineFile, Kind kind,
        String pointer, @Nullable String original, @Nullable String updated) {

    /** What happened to the released version. */
    public enum Kind {
        /** The file differs from the released one (as JSON: whitespace and key order do not count). */
        CHANGED,
        /** The file, or the whole subject, is gone. */
        REMOVED
    }

    public ReleasedVersionProblem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baselineFile, "baselineFile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** @return the rule name used in reports: {@code RELEASED_VERSION_CHANGED} or {@code RELEASED_VERSION_REMOVED} */
    public String rule() {
        return "RELEASED_VERSION_" + kind;
    }

    /**
     * The text line, e.g. {@code schemas/orders/OrderCreated/v1.json: #/properties/amount/type:
     * RELEASED_VERSION_CHANGED: "integer" -> "string" (v1 is released in base/orders/OrderCreated/v1.json; add
     * a new version instead)}.
     *
     * @return the problem on one line
     */
    public String line() {
        if (kind == Kind.REMOVED) {
            return file + ": " + pointer + ": " + rule() + " (v" + version + " is released in " + baselineFile
                    + "; restore it)";
        }
        return file + ": " + pointer + ": " + rule() + ": " + (original == null ? "(none)" : original) + " -> "
                + (updated == null ? "(none)" : updated) + " (v" + version + " is released in " + baselineFile
                + "; add a new version instead)";
    }
}
