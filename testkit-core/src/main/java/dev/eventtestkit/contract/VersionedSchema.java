package dev.eventtestkit.contract;

import com.networknt.schema.Schema;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** One {@code v<N>.json}: its file, its JSON and its compiled validator. */
record VersionedSchema(int version, Path file, JsonNode node, Schema compiled) {}
