package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.util.List;
import java.util.stream.Collectors;
import dev.eventtestkit.internal.shaded.tools.jackson.core.json.JsonReadFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/** Compact JSON for test tables: unquoted names and single quotes allowed. */
final class TestJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private TestJson() {}

    static Json json(String text) {
        return JacksonJson.wrap(MAPPER.readTree(text));
    }

    /** Each difference as {@code TYPE path}, the form the tables expect. */
    static List<String> typesAndPaths(List<Difference> differences) {
        return differences.stream().map(d -> d.type() + " " + d.path()).collect(Collectors.toList());
    }

    static List<String> diff(String original, String update) {
        return typesAndPaths(SchemaDiff.compare(json(original), json(update)));
    }
}
