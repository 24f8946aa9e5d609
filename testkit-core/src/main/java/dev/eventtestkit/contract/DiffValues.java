package dev.eventtestkit.contract;

import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Renders keyword values for {@link Difference#original()} and {@link Difference#updated()}. */
final class DiffValues {
    private DiffValues() {}

    /** Strings as they are, everything else as JSON, absent as null. */
    static @Nullable String text(@Nullable JsonNode value) {
        if (value == null) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }
}
