package dev.eventtestkit.report;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the paths of the fields of an event class declared with given types: record components and declared
 * fields, through the user's own nested classes and the elements of collections and arrays. Reads declared
 * types only, never values, and never walks JDK classes.
 */
final class FieldsOfType {

    private static final int MAX_DEPTH = 16;

    private FieldsOfType() {
    }

    static Set<String> paths(Class<?> eventType, Set<Class<?>> wanted) {
        Set<String> found = new LinkedHashSet<>();
        walk(eventType, "", wanted, found, new ArrayList<>());
        return found;
    }

    private static void walk(Class<?> type, String prefix, Set<Class<?>> wanted, Set<String> found,
            List<Class<?>> visiting) {
        if (isLibrary(type) || type.isEnum() || type.isPrimitive() || visiting.contains(type)
                || visiting.size() >= MAX_DEPTH) {
            return;
        }
        visiting.add(type);
        for (Member member : members(type)) {
            String path = prefix + member.name();
            Class<?> raw = elementOf(member.type());
            if (raw != null && matches(raw, wanted)) {
                found.add(path);
            } else if (raw != null) {
                walk(raw, path + ".", wanted, found, visiting);
            }
        }
        visiting.remove(visiting.size() - 1);
    }

    private record Member(String name, Type type) {}

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(new Member(component.getName(), component.getGenericType()));
            }
            return members;
        }
        for (Class<?> c = type; c != null && !isLibrary(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    members.add(new Member(field.getName(), field.getGenericType()));
                }
            }
        }
        return members;
    }

    /** @return the class of a field's value, or of its elements for a collection or an array */
    private static @Nullable Class<?> elementOf(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isArray() ? raw.getComponentType() : raw;
        }
        if (type instanceof GenericArrayType array) {
            return elementOf(array.getGenericComponentType());
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return elementOf(arguments[0]);
            }
            return raw;
        }
        return null;
    }

    private static boolean matches(Class<?> type, Set<Class<?>> wanted) {
        for (Class<?> candidate : wanted) {
            if (candidate.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLibrary(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.");
    }
}
