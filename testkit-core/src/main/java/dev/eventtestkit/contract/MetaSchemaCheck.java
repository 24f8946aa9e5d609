package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * Validates schemas against one dialect's meta-schema, checking each distinct {@code properties} subschema once.
 *
 * <p>Why: a contracts root repeats the same property schemas across versions and subjects, and validating
 * against the 2020-12 meta-schema costs about half a millisecond per document. The meta-schema applies itself
 * to every {@code properties} value, so checking each object value on its own (remembered by content) and then
 * the document without those values gives the same verdict.
 */
final class MetaSchemaCheck {

    private final Schema meta;
    private final Map<JsonNode, Optional<String>> verdicts = new ConcurrentHashMap<>();

    MetaSchemaCheck(Schema meta) {
        this.meta = meta;
    }

    /** @return the first problem as {@code #/pointer: keyword: message}; empty when the schema is valid */
    Optional<String> firstError(JsonNode schema) {
        Optional<String> known = verdicts.get(schema);
        if (known == null) {
            known = check(schema);
            verdicts.put(schema, known);
        }
        return known;
    }

    private Optional<String> check(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        if (!schema.isObject() || !properties.isObject() || properties.isEmpty()) {
            return validate(schema);
        }
        ObjectNode skeleton = JsonNodeFactory.instance.objectNode();
        skeleton.setAll((ObjectNode) schema);
        ObjectNode placeholders = skeleton.putObject("properties");
        for (Entry<String, JsonNode> property : properties.properties()) {
            Optional<String> error = property.getValue().isObject() ? firstError(property.getValue()) : Optional.empty();
            if (error.isPresent()) {
                String name = property.getKey().replace("~", "~0").replace("/", "~1");
                return Optional.of("#/properties/" + name + (error.get().startsWith("#/:") ? error.get().substring(2) : error.get().substring(1)));
            }
            if (!property.getValue().isObject()) {
                placeholders.set(property.getKey(), property.getValue());
            }
        }
        return validate(skeleton);
    }

    private Optional<String> validate(JsonNode schema) {
        // annotations only serve unevaluated* keywords of a payload, not this check: skipping them halves its cost
        List<Error> errors = BoundedValidator.validate(meta, schema, false);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Error first = errors.get(0);
        return Optional.of(Pointers.of(first) + ": " + first.getKeyword() + ": " + first.getMessage());
    }
}
