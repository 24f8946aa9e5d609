package dev.eventtestkit.aggregate;

import dev.eventtestkit.report.EventFormat;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Compares two values field by field without writing JSON, for the state-change and serialization checks:
 * the fields of the user's own classes (read by reflection, private ones too; {@code equals} where a class
 * defines it), lists and arrays element by element, maps entry by entry, and plain JDK values (text, numbers,
 * enums, {@code java.time}, UUIDs) by {@code equals}. Anything else, and any class whose fields cannot be read,
 * falls back to {@link FieldViewCodec}'s JSON, so the answer is always what that view would say, only faster.
 */
final class FieldComparison {

    private static final int MAX_DEPTH = 64;

    /** The instance fields of a user class, made readable once; null when they cannot be read. */
    private static final ClassValue<Field @Nullable []> FIELDS = new ClassValue<>() {
        @Override
        protected Field @Nullable [] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            try {
                for (Class<?> c = type; c != null && !isJdk(c); c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        int modifiers = field.getModifiers();
                        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                            field.setAccessible(true);
                            fields.add(field);
                        }
                    }
                }
            } catch (InaccessibleObjectException | SecurityException e) {
                return null;
            }
            return fields.toArray(new Field[0]);
        }
    };

    private FieldComparison() {
    }

    /**
     * @return whether two values of one class are equal field by field
     * @throws dev.eventtestkit.event.EventCodecException when a value falls back to JSON and cannot be written
     */
    static boolean same(Object left, Object right) {
        return same(left, right, 0);
    }

    private static boolean same(@Nullable Object left, @Nullable Object right, int depth) {
        if (left == right) {
            return true;
        }
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return false;
        }
        Class<?> type = left.getClass();
        if (depth > MAX_DEPTH) {
            return byJson(left, right);
        }
        if (isPlainValue(type)) {
            return left.equals(right);
        }
        if (left instanceof Clock clock) {
            return clock.getZone().equals(((Clock) right).getZone());
        }
        if (type.isArray()) {
            return sameArrays(left, right, depth);
        }
        if (left instanceof List<?> list) {
            return sameIterables(list, (List<?>) right, depth);
        }
        if (left instanceof Map<?, ?> map) {
            return sameMaps(map, (Map<?, ?>) right, depth);
        }
        if (left instanceof Collection<?> collection && allPlain(collection) && allPlain((Collection<?>) right)) {
            return left.equals(right);
        }
        if (isJdk(type)) {
            return byJson(left, right);
        }
        if (EventFormat.definesEquals(type)) {
            return left.equals(right);
        }
        Field[] fields = FIELDS.get(type);
        if (fields == null) {
            return byJson(left, right);
        }
        for (Field field : fields) {
            if (!same(read(field, left), read(field, right), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameArrays(Object left, Object right, int depth) {
        if (left.getClass().getComponentType().isPrimitive()) {
            return Arrays.deepEquals(new Object[] {left}, new Object[] {right});
        }
        int length = Array.getLength(left);
        if (length != Array.getLength(right)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!same(Array.get(left, i), Array.get(right, i), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameIterables(Collection<?> left, Collection<?> right, int depth) {
        if (left.size() != right.size()) {
            return false;
        }
        Iterator<?> others = right.iterator();
        for (Object element : left) {
            if (!same(element, others.next(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMaps(Map<?, ?> left, Map<?, ?> right, int depth) {
        if (left.size() != right.size() || !allPlain(left.keySet())) {
            return left.size() == right.size() && byJson(left, right);
        }
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            if (!right.containsKey(entry.getKey()) || !same(entry.getValue(), right.get(entry.getKey()), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allPlain(Collection<?> values) {
        for (Object value : values) {
            if (value != null && !isPlainValue(value.getClass())) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException("cannot read " + field + " although it was made accessible", impossible);
        }
    }

    private static boolean byJson(Object left, Object right) {
        return FieldViewCodec.sameJson(left, right);
    }

    /** JDK values whose {@code equals} compares what they hold. */
    private static boolean isPlainValue(Class<?> type) {
        return type == String.class || type == Integer.class || type == Long.class || type == Boolean.class
                || type == Double.class || type == Float.class || type == Short.class || type == Byte.class
                || type == Character.class || type == BigDecimal.class || type == BigInteger.class
                || type == UUID.class || type.isEnum() || type.getName().startsWith("java.time.")
                        && !Clock.class.isAssignableFrom(type);
    }

    static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
