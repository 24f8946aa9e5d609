package dev.eventtestkit.contract;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * A schema document the diff reads: the original, the update, or one reached through a {@code $ref}.
 *
 * @param root the whole document
 * @param base the URI relative references resolve against; null when the document has none
 * @param name how error messages name the document ({@code the original schema}, {@code money.json})
 */
record DiffDocument(JsonNode root, @Nullable URI base, String name) {}
