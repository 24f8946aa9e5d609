package dev.eventtestkit.spring.internal;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.Jackson2Codec;
import dev.eventtestkit.event.Jackson3Codec;
import dev.eventtestkit.event.Json;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.util.ClassUtils;

/**
 * The codec of a broker wired to a Spring app. An event the app's producer sent is the JSON its serializer wrote
 * (handed over just before the publish); an event a test publishes directly goes through the app's value
 * serializer too, when the app has one producer factory. Reading a payload as a class ({@code payloadAs}) uses
 * the app's own mapper bean: its Jackson 2 {@code ObjectMapper} (Boot 3) or Jackson 3 {@code JsonMapper} (Boot 4),
 * else the kit's default codec.
 */
final class SpringCodec implements EventCodec {

    private static final String JACKSON2 = "com.fasterxml.jackson.databind.ObjectMapper";
    private static final String JACKSON3 = "tools.jackson.databind.json.JsonMapper";

    private final ConfigurableListableBeanFactory beans;
    private @Nullable EventCodec appMapper;
    private @Nullable Object expectedEvent;
    private byte @Nullable [] expectedBytes;

    SpringCodec(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The next {@link #toJson} of this very object returns these bytes' JSON. */
    void expect(Object event, byte[] serialized) {
        expectedEvent = event;
        expectedBytes = serialized;
    }

    void clear() {
        expectedEvent = null;
        expectedBytes = null;
    }

    static boolean isPreSerialized(Object event) {
        return event instanceof CharSequence || event instanceof byte[] || event instanceof Bytes;
    }

    @Override
    public Json toJson(Object event) {
        byte[] serialized = expectedBytes;
        if (event == expectedEvent && serialized != null) {
            return Payloads.parse(serialized);
        }
        Serializer<Object> serializer = appSerializer();
        return serializer == null ? appMapper().toJson(event) : Payloads.parse(serializer.serialize("", event));
    }

    @Override
    public <T> T fromJson(Json json, Class<T> type) {
        return appMapper().fromJson(json, type);
    }

    @SuppressWarnings("unchecked")
    private @Nullable Serializer<Object> appSerializer() {
        ProducerFactory<?, ?> factory = beans.getBeanProvider(ProducerFactory.class).getIfUnique();
        return factory instanceof FakeProducerFactory<?, ?> fake ? (Serializer<Object>) fake.valueSerializer() : null;
    }

    private EventCodec appMapper() {
        EventCodec codec = appMapper;
        if (codec == null) {
            codec = findAppMapper();
            appMapper = codec;
        }
        return codec;
    }

    private EventCodec findAppMapper() {
        ClassLoader loader = SpringCodec.class.getClassLoader();
        if (ClassUtils.isPresent(JACKSON2, loader)) {
            Object mapper = uniqueBean(JACKSON2, loader);
            if (mapper != null) {
                return Jackson2.codec(mapper);
            }
        }
        if (ClassUtils.isPresent(JACKSON3, loader)) {
            Object mapper = uniqueBean(JACKSON3, loader);
            if (mapper != null) {
                try {
                    return (EventCodec) Jackson3Codec.class.getMethod("of", mapper.getClass().getClassLoader()
                            .loadClass(JACKSON3)).invoke(null, mapper);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build a codec on the app's JsonMapper: " + e, e);
                }
            }
        }
        return EventCodec.jackson();
    }

    private @Nullable Object uniqueBean(String type, ClassLoader loader) {
        return beans.getBeanProvider(ResolvableType.forClass(ClassUtils.resolveClassName(type, loader))).getIfUnique();
    }

    /** Touched only when Jackson 2 is on the classpath: Boot 4 apps may have Jackson 3 alone. */
    private static final class Jackson2 {
        static EventCodec codec(Object mapper) {
            return Jackson2Codec.of((com.fasterxml.jackson.databind.ObjectMapper) mapper);
        }
    }
}
