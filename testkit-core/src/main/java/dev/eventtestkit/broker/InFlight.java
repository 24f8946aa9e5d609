package dev.eventtestkit.broker;

/** One delivery of a queue message to a consumer, and how it is settled: the fake's {@link DeliveryContext}. */
final class InFlight implements DeliveryContext {

    final QueueEntry entry;
    final QueueConsumer consumer;
    final long tag;
    final Message message;
    private final QueueWorld world;
    boolean settled;

    InFlight(QueueWorld world, QueueEntry entry, QueueConsumer consumer, long tag) {
        this.world = world;
        this.entry = entry;
        this.consumer = consumer;
        this.tag = tag;
        this.message = entry.sent.delivered(entry.attempt, entry.headers,
                new QueueDelivery(entry.exchange, entry.routingKey, consumer.queue.name, entry.redelivered, this));
    }

    @Override
    public long deliveryTag() {
        return tag;
    }

    @Override
    public void ack() {
        world.settle(this, "ack");
    }

    @Override
    public void nack(boolean requeue) {
        world.settle(this, requeue ? "nack with requeue" : "nack");
    }

    @Override
    public void reject() {
        world.settle(this, "reject");
    }

    @Override
    public String toString() {
        return "delivery tag " + tag + " of " + consumer;
    }
}
