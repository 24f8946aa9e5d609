package dev.eventtestkit.internal.jackson;

import dev.eventtestkit.internal.shaded.com.fasterxml.jackson.annotation.JsonAlias;
import dev.eventtestkit.internal.shaded.com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.cfg.MapperConfig;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.Annotated;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.AnnotatedClass;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.AnnotatedField;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.AnnotatedMember;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.AnnotatedParameter;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Lets the kit's relocated Jackson honour the application's own Jackson annotations.
 *
 * <p>The kit's Jackson 3 lives under {@code dev.eventtestkit.internal.shaded}, its annotation package too (Jackson 3
 * reads {@code com.fasterxml.jackson.annotation} 2.20+, older than what Spring Boot 3.5 pins). So it would not see
 * the {@code @JsonProperty}, {@code @JsonIgnore}, {@code @JsonCreator}, {@code @JsonTypeInfo}... an application puts on
 * its events. This introspector answers each of Jackson's questions about a relocated annotation with the
 * application's annotation of the same name, seen through a proxy of the relocated type: members are read by name,
 * enum constants by name, nested annotations and Jackson's own marker classes ({@code JsonTypeInfo.class},
 * {@code ObjectIdGenerators.PropertyGenerator.class}) mapped to their relocated twins. A member the application's
 * (older) version lacks takes its default.
 *
 * <p>Annotations of a Jackson <em>databind</em> ({@code @JsonSerialize(using = ...)}, {@code @JsonNaming},
 * {@code @JsonDeserialize}...) name classes of the application's Jackson, which the kit's cannot run: they are
 * refused with an {@link UnsupportedAnnotation} saying to give the kit the application's own mapper.
 *
 * <p>For testkit-core's own mappers only.
 */
@API(status = API.Status.INTERNAL)
public final class UserAnnotations extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    /** The prefix testkit-json-internal's pom puts before every relocated name. */
    static final String SHADED = "dev.eventtestkit.internal.shaded.";
    /** The annotations Jackson 2 and 3 share, as applications write them. */
    private static final String ANNOTATIONS = "com.fasterxml.jackson.annotation.";
    private static final String DATABIND_3 = "tools.jackson.databind.annotation.";
    private static final String DATABIND_2 = "com.fasterxml.jackson.databind.annotation.";
    private static final String BUNDLE = ANNOTATIONS + "JacksonAnnotationsInside";

    /** Proxies by the application's annotation they stand for; annotation instances are few and live long. */
    private static final Map<Annotation, Annotation> PROXIES = new ConcurrentHashMap<>();

    /** Refuses an application's databind annotation, which only the application's own Jackson can apply. */
    @API(status = API.Status.INTERNAL)
    public static final class UnsupportedAnnotation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedAnnotation(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    protected <A extends Annotation> @Nullable A _findAnnotation(Annotated annotated, Class<A> type) {
        A own = super._findAnnotation(annotated, type);
        if (own != null) {
            return own;
        }
        Annotation user = users(annotated, type);
        return user == null ? null : type.cast(bridge(type, user));
    }

    @Override
    protected boolean _hasAnnotation(Annotated annotated, Class<? extends Annotation> type) {
        return super._hasAnnotation(annotated, type) || users(annotated, type) != null;
    }

    @Override
    protected boolean _hasOneOf(Annotated annotated, Class<? extends Annotation>[] types) {
        if (super._hasOneOf(annotated, types)) {
            return true;
        }
        for (Class<? extends Annotation> type : types) {
            if (users(annotated, type) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isAnnotationBundle(Annotation annotation) {
        if (super.isAnnotationBundle(annotation)) {
            return true;
        }
        for (Annotation meta : annotation.annotationType().getDeclaredAnnotations()) {
            if (meta.annotationType().getName().equals(BUNDLE)) {
                return true;
            }
        }
        return false;
    }

    /** Enum constants renamed with the application's {@code @JsonProperty}: Jackson reads those off the field. */
    @Override
    public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass type, Enum<?>[] values, String[] names) {
        String[] found = super.findEnumValues(config, type, values, names);
        for (AnnotatedField field : type.fields()) {
            JsonProperty property = _findAnnotation(field, JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i].name().equals(field.getName())) {
                        found[i] = property.value();
                    }
                }
            }
        }
        return found;
    }

    /** Enum constants' aliases from the application's {@code @JsonAlias}, read off the field as Jackson does. */
    @Override
    public void findEnumAliases(MapperConfig<?> config, AnnotatedClass type, Enum<?>[] values, String[][] aliases) {
        super.findEnumAliases(config, type, values, aliases);
        for (AnnotatedField field : type.fields()) {
            JsonAlias alias = _findAnnotation(field, JsonAlias.class);
            if (alias != null) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i].name().equals(field.getName())) {
                        aliases[i] = alias.value();
                    }
                }
            }
        }
    }

    /**
     * @return the application's annotation standing for the relocated type on this element; null when there is none
     * @throws UnsupportedAnnotation when the element carries a databind annotation of the application's Jackson
     */
    private static @Nullable Annotation users(Annotated annotated, Class<? extends Annotation> type) {
        String name = type.getName();
        if (!name.startsWith(SHADED)) {
            return null;
        }
        String original = name.substring(SHADED.length());
        if (original.startsWith(ANNOTATIONS)) {
            return named(annotated, original);
        }
        if (original.startsWith(DATABIND_3)) {
            String simple = original.substring(DATABIND_3.length());
            Annotation databind = named(annotated, original);
            if (databind == null) {
                databind = named(annotated, DATABIND_2 + simple);
            }
            if (databind != null) {
                throw refusal(annotated, databind);
            }
        }
        return null;
    }

    private static @Nullable Annotation named(Annotated annotated, String name) {
        return annotated.annotations().filter(a -> a.annotationType().getName().equals(name)).findFirst().orElse(null);
    }

    private static UnsupportedAnnotation refusal(Annotated annotated, Annotation databind) {
        String annotation = databind.annotationType().getName();
        String codec = annotation.startsWith(DATABIND_2)
                ? "Jackson2Codec.of(objectMapper)"
                : "Jackson3Codec.of(jsonMapper)";
        return new UnsupportedAnnotation("@" + annotation + " on " + where(annotated) + " names classes of your Jackson,"
                + " which the kit's own Jackson cannot run; give the kit the mapper production uses: " + codec
                + " (on Spring, @EventTestkitKafka does; docs/json.md)");
    }

    /** @return the element as a user reads it: {@code OrderPlaced.amount}, {@code OrderPlaced} */
    private static String where(Annotated annotated) {
        if (annotated instanceof AnnotatedParameter parameter) {
            return "parameter " + parameter.getIndex() + " of " + parameter.getOwner().getDeclaringClass().getName()
                    + "'s " + (parameter.getOwner().getName().isEmpty() ? "constructor" : parameter.getOwner().getName());
        }
        if (annotated instanceof AnnotatedMember member) {
            return member.getDeclaringClass().getName() + "." + member.getName();
        }
        return annotated.getName();
    }

    /** @return a proxy of the relocated annotation type that reads its members from the application's annotation */
    static Annotation bridge(Class<? extends Annotation> type, Annotation user) {
        Annotation known = PROXIES.get(user);
        if (known != null && type.isInstance(known)) {
            return known;
        }
        Annotation made = (Annotation) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> user.toString();
                    default -> convert(member(user, method), method.getReturnType(), user);
                });
        PROXIES.put(user, made);
        return made;
    }

    /** @return the application's value of the member, or the member's default when its version has no such member */
    private static Object member(Annotation user, Method method) throws IllegalAccessException, InvocationTargetException {
        Method own;
        try {
            own = user.annotationType().getMethod(method.getName());
        } catch (NoSuchMethodException absent) {
            return method.getDefaultValue();
        }
        return own.invoke(user);
    }

    private static Object convert(Object value, Class<?> type, Annotation user) {
        if (type.isPrimitive() || type == String.class) {
            return value;
        }
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            if (component.isPrimitive() || component == String.class) {
                return value;
            }
            int length = Array.getLength(value);
            Object converted = Array.newInstance(component, length);
            for (int i = 0; i < length; i++) {
                Array.set(converted, i, convert(Array.get(value, i), component, user));
            }
            return converted;
        }
        if (type.isEnum()) {
            return constant(type, ((Enum<?>) value).name(), user);
        }
        if (type.isAnnotation()) {
            return bridge(type.asSubclass(Annotation.class), (Annotation) value);
        }
        if (type == Class.class) {
            return twin((Class<?>) value);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name, Annotation user) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException unknown) {
            throw new UnsupportedAnnotation(user + " uses " + type.getSimpleName() + "." + name + ", which the kit's"
                    + " Jackson does not know; give the kit the mapper production uses (docs/json.md)");
        }
    }

    /**
     * Jackson's marker classes in annotation members ({@code defaultImpl = JsonTypeInfo.class} meaning none,
     * {@code generator = ObjectIdGenerators.PropertyGenerator.class}) are compared with the relocated ones.
     */
    private static Class<?> twin(Class<?> value) {
        if (!value.getName().startsWith(ANNOTATIONS)) {
            return value;
        }
        try {
            return Class.forName(SHADED + value.getName(), false, UserAnnotations.class.getClassLoader());
        } catch (ClassNotFoundException newer) {
            return value;
        }
    }
}
