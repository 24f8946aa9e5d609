package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.event.EventCodec;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.event.Json;

/**
 * An event as a Then step compares it: type name, JSON, and the key when it was published.
 *
 * @param type the type name
 * @param data its JSON
 * @param key the record key; null for an aggregate's event or a record without a key
 */
record ActualEvent(String type, Json data, @Nullable String key) {

    static ActualEvent of(Object event, EventCodec codec) {
        return new ActualEvent(codec.describe(event.getClass()).name(), codec.toJson(event), null);
    }

    static ActualEvent of(Message message) {
        return new ActualEvent(message.type(), message.payload(), message.key());
    }

    /** @return e.g. {@code OrderShipped {"orderId":"o-1"}}, with {@code key=o-1} when asked to show keys */
    String render(boolean withKey) {
        return type + (withKey ? " key=" + key : "") + " " + data;
    }

    boolean sameKey(@Nullable String expected) {
        return Objects.equals(expected, key);
    }
}
