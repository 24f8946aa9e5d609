package dev.eventtestkit.broker;

/** One subscribed consumer instance of a group: number 1, 2, ... in the order they joined. */
final class Instance implements Subscription {

    final ConsumerGroup group;
    final int number;
    final MessageHandler handler;
    /** The trace's deliver text, built once: it is written on every delivery. */
    final String deliverText;

    Instance(ConsumerGroup group, int number, MessageHandler handler) {
        this.group = group;
        this.number = number;
        this.handler = handler;
        this.deliverText = "deliver to instance " + number;
    }

    @Override
    public String topic() {
        return group.topic.name;
    }

    @Override
    public String group() {
        return group.name;
    }

    @Override
    public void close() {
        group.leave(this);
    }

    @Override
    public String toString() {
        return group.name + " instance " + number + " on " + group.topic.name;
    }
}
