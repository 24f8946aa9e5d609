package dev.eventtestkit.contract;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Composes {@link SchemaDiff} into the registry compatibility levels. (Being built on branch diff.) */
public final class Compatibility {
    private Compatibility() {}

    public static CompatibilityResult check(
            CompatibilityLevel level, CompatibilityPolicy policy, List<JsonNode> history, JsonNode candidate) {
        throw new UnsupportedOperationException("being built");
    }
}
