package dev.eventtestkit.event;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** JSON's equality for {@link Json}: properties in any order, numbers by value ({@code 1 == 1.0}). */
final class JsonEquality {

    private JsonEquality() {}

    static boolean equal(JsonNode left, JsonNode right) {
        if (left == right) {
            return true;
        }
        if (left.isNumber() && right.isNumber()) {
            return sameNumber(left, right);
        }
        if (left.isObject() && right.isObject()) {
            if (left.size() != right.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> property : left.properties()) {
                JsonNode other = right.get(property.getKey());
                if (other == null || !equal(property.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (left.isArray() && right.isArray()) {
            if (left.size() != right.size()) {
                return false;
            }
            Iterator<JsonNode> others = right.values().iterator();
            for (JsonNode element : left.values()) {
                if (!equal(element, others.next())) {
                    return false;
                }
            }
            return true;
        }
        if (isText(left) && isText(right)) {
            return left.asString().equals(right.asString());
        }
        return left.getNodeType() == right.getNodeType() && left.equals(right);
    }

    static int hash(JsonNode node) {
        if (node.isNumber()) {
            return isFinite(node) ? decimal(node).stripTrailingZeros().hashCode() : Double.hashCode(node.doubleValue());
        }
        if (node.isObject()) {
            int hash = 1;
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                hash += property.getKey().hashCode() ^ hash(property.getValue()); // any order
            }
            return hash;
        }
        if (node.isArray()) {
            int hash = 7;
            for (JsonNode element : node.values()) {
                hash = 31 * hash + hash(element);
            }
            return hash;
        }
        if (isText(node)) {
            return node.asString().hashCode();
        }
        return node.getNodeType().hashCode();
    }

    /** @return the exact value; a double or float by its shortest decimal text, so 0.1 is 0.1 */
    static BigDecimal decimal(JsonNode number) {
        if (number.isDouble()) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        if (number.isFloat()) {
            return new BigDecimal(Float.toString(number.floatValue()));
        }
        return number.decimalValue();
    }

    static boolean isIntegral(JsonNode number) {
        if (number.isIntegralNumber()) {
            return true;
        }
        if (!isFinite(number)) {
            return false;
        }
        BigDecimal value = decimal(number);
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean sameNumber(JsonNode left, JsonNode right) {
        if (!isFinite(left) || !isFinite(right)) {
            return Double.compare(left.doubleValue(), right.doubleValue()) == 0;
        }
        return decimal(left).compareTo(decimal(right)) == 0;
    }

    private static boolean isFinite(JsonNode number) {
        return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
    }

    private static boolean isText(JsonNode node) {
        return node.isString() || node.isBinary();
    }
}
