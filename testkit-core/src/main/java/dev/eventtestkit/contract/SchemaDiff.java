package dev.eventtestkit.contract;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Typed differences between two JSON Schemas. (Being built on branch diff.) */
public final class SchemaDiff {
    private SchemaDiff() {}

    public static List<Difference> compare(JsonNode original, JsonNode update) {
        throw new UnsupportedOperationException("being built");
    }
}
