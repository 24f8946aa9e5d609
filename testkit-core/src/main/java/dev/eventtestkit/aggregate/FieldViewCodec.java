package dev.eventtestkit.aggregate;

import dev.eventtestkit.internal.shaded.com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.report.EventFormat;
import java.time.Clock;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JsonGenerator;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.SerializationContext;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.SerializationFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.cfg.MapperConfig;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.AnnotatedClass;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.NopAnnotationIntrospector;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.introspect.VisibilityChecker;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.module.SimpleModule;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.ser.std.StdSerializer;

/**
 * How the state-change check sees a state that does not define {@code equals}: the fields of the user's own
 * classes, private ones too (as Axon compares aggregates); values of JDK classes through Jackson's standard
 * serializers and public getters, so nothing reflects into JDK internals; a {@link Clock} (such as the
 * fixture's {@code VirtualClock}) as its zone, since two aggregates sharing one clock read the same time.
 * Map entries are sorted by key, so two equal states always read the same. Jackson's annotations are not
 * read, so a field the codec leaves out is still seen. Serializes only; the serialization check uses it too,
 * to name the field an event loses.
 */
final class FieldViewCodec implements EventCodec {

    static final FieldViewCodec INSTANCE = new FieldViewCodec();

    private final JsonMapper mapper = JsonMapper.builder()
            .annotationIntrospector(new FieldsOfOwnClasses())
            .addModule(new SimpleModule("clocks").addSerializer(Clock.class, new ClockAsZone()))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private FieldViewCodec() {
    }

    @Override
    public Json toJson(Object state) {
        try {
            return JacksonJson.wrap(mapper.valueToTree(state));
        } catch (JacksonException | StackOverflowError e) {
            throw unreadable(state, e);
        }
    }

    /**
     * @return whether two values are equal: the same object, {@code equals} where the class defines it, else the
     *     same class with the same fields
     * @throws EventCodecException when the fields of a value cannot be read
     */
    static boolean same(@Nullable Object left, @Nullable Object right) {
        if (left == right) {
            return true;
        }
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return false;
        }
        if (EventFormat.definesEquals(left.getClass())) {
            return left.equals(right);
        }
        return FieldComparison.same(left, right);
    }

    /**
     * @return whether two values have the same field view
     * @throws EventCodecException when a value cannot be written
     */
    static boolean sameJson(Object left, Object right) {
        // Bytes, not trees: the view writes fields and map entries in a fixed order, so equal bytes mean equal
        // values, and writing bytes costs a fraction of building two trees.
        return Arrays.equals(INSTANCE.bytes(left), INSTANCE.bytes(right));
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException | StackOverflowError e) {
            throw unreadable(value, e);
        }
    }

    private static EventCodecException unreadable(Object value, Throwable cause) {
        return new EventCodecException("cannot read the fields of " + value.getClass().getName() + ": "
                + (cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : "they refer back to it"),
                cause);
    }

    @Override
    public <T> T fromJson(Json json, Class<T> type) {
        throw new UnsupportedOperationException("the field view of a state is never read back");
    }

    /**
     * Field visibility for the user's classes only: library classes keep Jackson's defaults. Jackson's
     * annotations are not read: a field the codec ignores or renames is still a field of the value.
     */
    private static final class FieldsOfOwnClasses extends NopAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        @Override
        public VisibilityChecker findAutoDetectVisibility(
                MapperConfig<?> config, AnnotatedClass type, VisibilityChecker checker) {
            if (isLibrary(type.getRawType().getName())) {
                return checker;
            }
            return checker.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE);
        }

        private static boolean isLibrary(String className) {
            return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                    || className.startsWith("sun.") || className.startsWith("com.sun.");
        }
    }

    /** A clock is a collaborator, not state: its timers and queues are never walked. */
    private static final class ClockAsZone extends StdSerializer<Clock> {

        ClockAsZone() {
            super(Clock.class);
        }

        @Override
        public void serialize(Clock clock, JsonGenerator generator, SerializationContext context) {
            generator.writeString("clock in " + clock.getZone());
        }
    }
}
