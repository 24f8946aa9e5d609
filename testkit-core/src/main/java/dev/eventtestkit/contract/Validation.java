package dev.eventtestkit.contract;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Runs a compiled schema over a payload and turns the validator's errors into {@link Violation}s. */
final class Validation {

    private Validation() {}

    static List<Violation> validate(SubjectContract subject, int version, JsonNode payload) {
        VersionedSchema schema = subject.version(version);
        if (schema.isAvro()) {
            return AvroSchemas.validate(subject.name(), schema, payload);
        }
        List<Error> errors = schema.compiled().get().validate(payload);
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
