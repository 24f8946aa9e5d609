package dev.eventtestkit.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A declared exchange of the fake: its type and bindings, in the order they were made. */
final class Exchange {

    /** One binding: a queue, its key (parsed once for a topic exchange) and its arguments. */
    record Binding(FakeQueue queue, String key, Map<String, String> arguments, @Nullable TopicPattern pattern) {}

    final String name;
    final ExchangeType type;
    private final List<Binding> bindings = new ArrayList<>();

    Exchange(String name, ExchangeType type) {
        this.name = name;
        this.type = type;
    }

    void bind(FakeQueue queue, String key, Map<String, String> arguments) {
        for (Binding binding : bindings) {
            if (binding.queue() == queue && binding.key().equals(key) && binding.arguments().equals(arguments)) {
                return;
            }
        }
        bindings.add(new Binding(queue, key, Map.copyOf(arguments),
                type == ExchangeType.TOPIC ? new TopicPattern(key) : null));
    }

    void unbind(FakeQueue queue) {
        bindings.removeIf(binding -> binding.queue() == queue);
    }

    /** Adds every matching queue to {@code into} once, in binding order (a queue bound twice gets one copy). */
    void route(String routingKey, Map<String, String> headers, List<FakeQueue> into) {
        for (int i = 0; i < bindings.size(); i++) {
            Binding binding = bindings.get(i);
            if (matches(binding, routingKey, headers) && !into.contains(binding.queue())) {
                into.add(binding.queue());
            }
        }
    }

    private boolean matches(Binding binding, String routingKey, Map<String, String> headers) {
        switch (type) {
            case DIRECT:
                return binding.key().equals(routingKey);
            case FANOUT:
                return true;
            case TOPIC:
                return binding.pattern().matches(routingKey);
            default:
                return HeadersMatch.matches(binding.arguments(), headers);
        }
    }
}
