package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Runs a compiled schema over a payload and turns the validator's errors into {@link Violation}s. */
final class Validation {

    private Validation() {}

    static List<Violation> validate(SubjectContract subject, int version, JsonNode payload) {
        return validate(subject, version, payload, null);
    }

    /** @param payloadFile the file the payload was read from (an example), named when validation stops at a limit */
    static List<Violation> validate(SubjectContract subject, int version, JsonNode payload, @Nullable Path payloadFile) {
        VersionedSchema schema = subject.version(version);
        if (schema.isAvro()) {
            return AvroSchemas.validate(subject.name(), schema, payload);
        }
        List<Error> errors = schema.compiled().validate(payload, payloadFile);
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(errors.size());
        for (Error error : errors) {
            violations.add(new Violation(subject.name(), version, Pointers.of(error), error.getKeyword(),
                    error.getMessage(), schema.file()));
        }
        return List.copyOf(violations);
    }
}
