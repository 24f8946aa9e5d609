package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Avro subjects through {@code testkit check}: Avro is bundled, verdicts and bad input as for JSON Schema. */
class AvroCheckTest {

    static final String V1 = """
            {"type": "record", "name": "PaymentTaken", "fields": [
              {"name": "paymentId", "type": "string"},
              {"name": "amount", "type": "long"}
            ]}
            """;
    static final String V2 = V1.replace("""
              {"name": "amount\"""", """
              {"name": "channel", "type": "string"},
              {"name": "amount\"""");

    final Path root = CliRun.freshDir().resolve("schemas");

    @Test
    void reportsAnAvroIncompatibilityLikeAnyOther() {
        CliRun.write(root, "payments/PaymentTaken/v1.avsc", V1);
        CliRun.write(root, "payments/PaymentTaken/v2.avsc", V2);

        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.out()).isEqualTo(root + "/payments/PaymentTaken/v2.avsc: #/fields/1: READER_FIELD_MISSING_DEFAULT_VALUE: "
                + "(none) -> field channel without a default (breaks BACKWARD with v1) witness: {\"paymentId\":\"\",\"amount\":0} "
                + "(v1 writes it, v2 cannot read it) hint: give the new field a default\n"
                + "1 subject, 2 versions checked: 1 incompatible\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void exitsTwoForJsonAndAvroInOneSubject() {
        CliRun.write(root, "payments/PaymentTaken/v1.avsc", V1);
        CliRun.write(root, "payments/PaymentTaken/v2.json", "{\"type\": \"object\"}");

        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.err()).isEqualTo("testkit: " + root + "/payments/PaymentTaken: a subject holds one format, but "
                + "this folder has both v1.avsc and v2.json; keep JSON Schema (v<N>.json) or Avro (v<N>.avsc) versions, "
                + "and move the other format to a subject folder of its own\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoForAnAvroSchemaThatDoesNotParse() {
        CliRun.write(root, "payments/PaymentTaken/v1.avsc", "{\"type\": \"record\", \"name\": \"P\", \"fields\": [{\"name\": \"a\"}]}");

        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.err()).isEqualTo("testkit: " + root + "/payments/PaymentTaken/v1.avsc: not a valid Avro schema: "
                + "No field type: {\"name\":\"a\"}\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
