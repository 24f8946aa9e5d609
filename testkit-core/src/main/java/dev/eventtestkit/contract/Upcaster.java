package dev.eventtestkit.contract;

import tools.jackson.databind.JsonNode;

/**
 * Turns a payload of version N of a subject into a payload of version N + 1.
 *
 * <pre>{@code
 * contracts.withUpcaster("OrderCreated", 1, json -> ((ObjectNode) json.deepCopy()).put("currency", "EUR"));
 * }</pre>
 *
 * <p>An upcaster must not modify its argument: copy it first.
 */
@FunctionalInterface
public interface Upcaster {

    /**
     * Upcasts one payload by one version.
     *
     * @param payload a payload valid under version N (never modified)
     * @return the equivalent payload under version N + 1
     */
    JsonNode upcast(JsonNode payload);
}
