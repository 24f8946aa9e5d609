package dev.eventtestkit.aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.time.Clock;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How the state-change check sees a state that does not define {@code equals}: the fields of the user's own
 * classes, private ones too (as Axon compares aggregates); values of JDK classes through Jackson's standard
 * serializers and public getters, so nothing reflects into JDK internals; a {@link Clock} (such as the
 * fixture's {@code VirtualClock}) as its zone, since two aggregates sharing one clock read the same time.
 * Map entries are sorted by key, so two equal states always read the same. Serializes only.
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
            throw new EventCodecException("cannot read the fields of " + state.getClass().getName() + ": "
                    + (e instanceof JacksonException jackson ? jackson.getOriginalMessage() : "they refer back to it"),
                    e);
        }
    }

    @Override
    public <T> T fromJson(Json json, Class<T> type) {
        throw new UnsupportedOperationException("the field view of a state is never read back");
    }

    /** Field visibility for the user's classes only: library classes keep Jackson's defaults. */
    private static final class FieldsOfOwnClasses extends JacksonAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        @Override
        public VisibilityChecker findAutoDetectVisibility(
                MapperConfig<?> config, AnnotatedClass type, VisibilityChecker checker) {
            VisibilityChecker annotated = super.findAutoDetectVisibility(config, type, checker);
            if (isLibrary(type.getRawType().getName())) {
                return annotated;
            }
            return annotated.withFieldVisibility(Visibility.ANY)
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
