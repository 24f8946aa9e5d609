package dev.eventtestkit.contract;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** One {@code v<N>.json}: its file, its JSON and its validator (compiled on first use). */
record VersionedSchema(int version, Path file, JsonNode node, LazySchema compiled) {}
