package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.Compatibility;
import dev.eventtestkit.contract.CompatibilityLevel;
import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.CompatibilityResult;
import dev.eventtestkit.contract.Difference;
import dev.eventtestkit.contract.DifferenceType;
import dev.eventtestkit.contract.Direction;
import dev.eventtestkit.contract.Incompatibility;
import dev.eventtestkit.contract.SchemaDiff;
import dev.eventtestkit.contract.SchemaResolver;
import dev.eventtestkit.event.Json;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code blocks of docs/compatibility.md. */
class CompatibilityDocExamplesTest {

    private final Json v1 = Json.parse("{\"properties\":{\"amount\":{\"type\":\"number\"}}}");
    private final Json v2 = Json.parse("{\"properties\":{\"amount\":{\"type\":\"string\"}}}");
    private final Json v3 = Json.parse("{\"properties\":{\"amount\":{\"type\":\"string\"}}}");

    @Test
    void diffsTwoSchemasAndChecksACandidateAgainstItsHistory() {
        List<Difference> d = SchemaDiff.compare(v1, v2);
        DifferenceType type = d.get(0).type();
        String path = d.get(0).path();
        String change = d.get(0).change();
        String hint = d.get(0).type().hint();

        CompatibilityResult c = Compatibility.check(CompatibilityLevel.BACKWARD_TRANSITIVE,
                CompatibilityPolicy.STRICT, List.of(v1, v2) /* earlier versions, oldest first */, v3);
        boolean compatible = c.isCompatible();
        List<Incompatibility> incompatibilities = c.differences();

        assertThat(type).isEqualTo(DifferenceType.TYPE_CHANGED);
        assertThat(path).isEqualTo("#/properties/amount");
        assertThat(change).isEqualTo("number -> string");
        assertThat(hint).isEqualTo(DifferenceType.TYPE_CHANGED.hint()).isNotEmpty();
        assertThat(compatible).isFalse();
        assertThat(incompatibilities).extracting(Incompatibility::version, Incompatibility::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Direction.BACKWARD));
    }

    @Test
    void followsReferencesToOtherDocuments() {
        Json moneySchema = Json.parse("{\"type\":\"number\"}");
        Json v1 = Json.parse("{\"properties\":{\"amount\":{\"$ref\":\"money.json\"}}}");

        SchemaResolver siblings = SchemaResolver.of(Map.of(URI.create("money.json"), moneySchema));
        List<Difference> d = SchemaDiff.compare(v1, v2, siblings);

        assertThat(d).extracting(Difference::type).containsExactly(DifferenceType.TYPE_CHANGED);
    }
}
