package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.SendOptions;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The scenario's broker as handlers see it, topics and queues: every call goes to the broker the scenario starts
 * on first use.
 */
final class ScenarioBroker implements Broker, QueueBroker {

    private final Supplier<FakeBroker> broker;

    ScenarioBroker(Supplier<FakeBroker> broker) {
        this.broker = broker;
    }

    @Override
    public void declareExchange(String name, ExchangeType type) {
        broker.get().declareExchange(name, type);
    }

    @Override
    public void declareQueue(String name, QueueOptions options) {
        broker.get().declareQueue(name, options);
    }

    @Override
    public void deleteQueue(String name) {
        broker.get().deleteQueue(name);
    }

    @Override
    public void bind(String queue, String exchange, String routingKey) {
        broker.get().bind(queue, exchange, routingKey);
    }

    @Override
    public void bind(String queue, String exchange, String routingKey, Map<String, String> arguments) {
        broker.get().bind(queue, exchange, routingKey, arguments);
    }

    @Override
    public Message send(String exchange, String routingKey, Object event) {
        return broker.get().send(exchange, routingKey, event);
    }

    @Override
    public Message send(String exchange, String routingKey, Object event, Map<String, String> headers) {
        return broker.get().send(exchange, routingKey, event, headers);
    }

    @Override
    public Message send(String exchange, String routingKey, Object event, SendOptions options) {
        return broker.get().send(exchange, routingKey, event, options);
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler) {
        return broker.get().consume(queue, handler);
    }

    @Override
    public Subscription consume(String queue, ConsumeOptions options, MessageHandler handler) {
        return broker.get().consume(queue, options, handler);
    }

    @Override
    public @Nullable Message get(String queue) {
        return broker.get().get(queue);
    }

    @Override
    public int messageCount(String queue) {
        return broker.get().messageCount(queue);
    }

    @Override
    public List<Message> returned() {
        return broker.get().returned();
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
    public void seek(String topic, String group, int partition, long offset) {
        broker.get().seek(topic, group, partition, offset);
    }

    @Override
    public void seekToBeginning(String topic, String group) {
        broker.get().seekToBeginning(topic, group);
    }

    @Override
    public void seekToTime(String topic, String group, Instant instant) {
        broker.get().seekToTime(topic, group, instant);
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
