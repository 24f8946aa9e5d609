package dev.eventtestkit.event;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A codec over a library that writes and reads JSON text: the user's own mapper. Its JSON is kept as the
 * library writes it; failures become {@link EventCodecException}s naming the class.
 */
final class TextEventCodec implements EventCodec {

    private final String library;
    private final Function<Object, String> writer;
    private final BiFunction<String, Class<?>, ?> reader;

    TextEventCodec(String library, Function<Object, String> writer, BiFunction<String, Class<?>, ?> reader) {
        this.library = library;
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Json toJson(Object event) {
        Objects.requireNonNull(event, "event");
        String text;
        try {
            text = writer.apply(event);
        } catch (RuntimeException | StackOverflowError e) {
            throw new EventCodecException("cannot serialize " + event.getClass().getName() + " to JSON with "
                    + library + ": " + CodecFailures.describe(e), e);
        }
        if (text == null) {
            throw new EventCodecException("cannot serialize " + event.getClass().getName() + " to JSON with "
                    + library + ": it wrote nothing (null)");
        }
        try {
            return Json.parse(text);
        } catch (JsonParseException e) {
            throw new EventCodecException("cannot serialize " + event.getClass().getName() + " to JSON with "
                    + library + ": it wrote text that is " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T fromJson(Json json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        Object value;
        try {
            value = reader.apply(json.toString(), type);
        } catch (RuntimeException | StackOverflowError e) {
            throw new EventCodecException("cannot read " + type.getName() + " from " + CodecFailures.abbreviate(json)
                    + " with " + library + ": " + CodecFailures.describe(e), e);
        }
        if (value == null) {
            throw new EventCodecException("cannot read " + type.getName() + " from " + CodecFailures.abbreviate(json)
                    + " with " + library + ": it read null");
        }
        if (!type.isInstance(value)) {
            throw new EventCodecException("cannot read " + type.getName() + " from " + CodecFailures.abbreviate(json)
                    + " with " + library + ": it read a " + value.getClass().getName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "EventCodec[" + library + "]";
    }
}
