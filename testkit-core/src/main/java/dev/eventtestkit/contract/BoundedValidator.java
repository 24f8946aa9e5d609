package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaLocation;
import dev.eventtestkit.internal.shaded.com.networknt.schema.ValidationLimitExceededException;
import java.util.List;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Runs json-schema-validator within {@link ContractLimits}: on the caller's own stack while the evaluation stays
 * shallow (the common case costs nothing extra), again on a {@link DeepStack} when it goes deeper, and stopped
 * with {@link Stopped} at {@link ContractLimits#MAX_DEPTH} nested evaluations or
 * {@link ContractLimits#MAX_EVALUATION_STEPS} steps. A {@code $ref} cycle that never descends into the payload
 * ({@code {"$ref": "#"}}) is such an evaluation: it would never end.
 */
final class BoundedValidator {

    /** A validation stopped at a limit; {@link #getMessage()} says where and why, for a message naming the file. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String detail) {
            super(detail, null, false, false);
        }
    }

    private BoundedValidator() {}

    static List<Error> validate(Schema schema, JsonNode instance, boolean annotations) {
        if (!DeepStack.here()) {
            try {
                return run(schema, instance, annotations, ContractLimits.CALLER_STACK_DEPTH);
            } catch (ValidationLimitExceededException deeper) {
                // too deep for the caller's stack: start over where there is room
            }
        }
        return DeepStack.call(() -> {
            try {
                return run(schema, instance, annotations, ContractLimits.MAX_DEPTH);
            } catch (ValidationLimitExceededException e) {
                throw new Stopped(describe(e));
            }
        });
    }

    private static List<Error> run(Schema schema, JsonNode instance, boolean annotations, int depth) {
        return schema.validate(instance, context -> context.executionConfig(config -> config
                .maxEvaluationDepth(depth)
                .maxEvaluationSteps(ContractLimits.MAX_EVALUATION_STEPS)
                .annotationCollectionEnabled(annotations)));
    }

    private static String describe(ValidationLimitExceededException e) {
        String at = Pointers.of(e.getInstanceLocation());
        SchemaLocation schema = e.getSchemaLocation();
        String fragment = schema == null ? "" : " (schema " + Pointers.of(schema.getFragment()) + ")";
        if (e.getLimitKind() == ValidationLimitExceededException.LimitKind.EVALUATION_STEPS) {
            return "validation stopped at " + at + fragment + " after " + e.getLimit()
                    + " evaluation steps; that is the limit";
        }
        return "validation stopped at " + at + fragment + " after " + e.getLimit()
                + " nested schema evaluations; that is the limit (a $ref cycle that does not descend into the payload never ends)";
    }
}
