package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaLocation;
import dev.eventtestkit.internal.shaded.com.networknt.schema.ValidationLimitExceededException;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

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

    static List<Error> validate(Schema schema, JsonNode given, boolean annotations) {
        JsonNode instance = wholeNumbersAsIntegers(given);
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

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /**
     * The payload with every whole number written as a decimal beyond a long's range ({@code 1e20}) as an integer
     * node: the validator's integer bounds ({@code "type": "integer", "minimum": 3}) read such a decimal as a long
     * and fail with an exception instead of comparing. The payload itself when there is none (the common case).
     */
    static JsonNode wholeNumbersAsIntegers(JsonNode payload) {
        if (isLargeWholeDecimal(payload)) {
            return JsonNodeFactory.instance.numberNode(payload.decimalValue().toBigIntegerExact());
        }
        if (!payload.isContainer() || !contains(payload)) {
            return payload;
        }
        JsonNode copy = payload.deepCopy();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(copy);
        while (!todo.isEmpty()) {
            JsonNode container = todo.pop();
            if (container instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> member : new ArrayList<>(object.properties())) {
                    JsonNode value = member.getValue();
                    if (isLargeWholeDecimal(value)) {
                        object.set(member.getKey(), JsonNodeFactory.instance.numberNode(value.decimalValue().toBigIntegerExact()));
                    } else if (value.isContainer()) {
                        todo.push(value);
                    }
                }
            } else if (container instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode value = array.get(i);
                    if (isLargeWholeDecimal(value)) {
                        array.set(i, JsonNodeFactory.instance.numberNode(value.decimalValue().toBigIntegerExact()));
                    } else if (value.isContainer()) {
                        todo.push(value);
                    }
                }
            }
        }
        return copy;
    }

    private static boolean contains(JsonNode payload) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(payload);
        while (!todo.isEmpty()) {
            for (JsonNode value : todo.pop().values()) {
                if (isLargeWholeDecimal(value)) {
                    return true;
                }
                if (value.isContainer()) {
                    todo.push(value);
                }
            }
        }
        return false;
    }

    private static boolean isLargeWholeDecimal(JsonNode node) {
        if (!node.isFloatingPointNumber() || node.isDouble() && !Double.isFinite(node.doubleValue())) {
            return false;
        }
        BigDecimal value = node.decimalValue();
        // at most 1,000 digits, the longest number the kit parses: 1e999999999 stays a decimal, never a huge integer
        return (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) && value.stripTrailingZeros().scale() <= 0
                && value.precision() - value.scale() <= 1_000;
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
