package dev.eventtestkit.spring.internal;

import dev.eventtestkit.event.EventCodec;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The codec of a broker wired to a Spring app: an event the app's producer sent is the JSON its serializer wrote
 * (handed over just before the publish); an event a test publishes directly goes through the app's value
 * serializer too, when the app has one producer factory. Reading a payload as a class uses the kit's codec.
 */
final class SpringCodec implements EventCodec {

    private final ConfigurableListableBeanFactory beans;
    private final EventCodec fallback = EventCodec.jackson();
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
    public JsonNode toJson(Object event) {
        byte[] serialized = expectedBytes;
        if (event == expectedEvent && serialized != null) {
            return Payloads.parse(serialized);
        }
        Serializer<Object> serializer = appSerializer();
        return serializer == null ? fallback.toJson(event) : Payloads.parse(serializer.serialize("", event));
    }

    @Override
    public <T> T fromJson(JsonNode json, Class<T> type) {
        return fallback.fromJson(json, type);
    }

    @SuppressWarnings("unchecked")
    private @Nullable Serializer<Object> appSerializer() {
        ProducerFactory<?, ?> factory = beans.getBeanProvider(ProducerFactory.class).getIfUnique();
        return factory instanceof FakeProducerFactory<?, ?> fake ? (Serializer<Object>) fake.valueSerializer() : null;
    }
}
