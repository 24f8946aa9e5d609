package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The scenario's broker as handlers see it: every call goes to the broker the scenario starts on first use. */
final class ScenarioBroker implements Broker {

    private final Supplier<Broker> broker;

    ScenarioBroker(Supplier<Broker> broker) {
        this.broker = broker;
    }

    @Override
    public Message publish(String topic, @Nullable String key, Object event) {
        return broker.get().publish(topic, key, event);
    }

    @Override
    public Subscription subscribe(String topic, String group, MessageHandler handler) {
        return broker.get().subscribe(topic, group, handler);
    }

    @Override
    public List<Message> messages(String topic) {
        return broker.get().messages(topic);
    }

    @Override
    public List<Message> deadLetters(String topic, String group) {
        return broker.get().deadLetters(topic, group);
    }

    @Override
    public void runUntilIdle() {
        broker.get().runUntilIdle();
    }

    @Override
    public void awaitIdle(Duration timeout) {
        broker.get().awaitIdle(timeout);
    }

    @Override
    public String toString() {
        return "the scenario's broker";
    }
}
