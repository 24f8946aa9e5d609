package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Message;
import java.util.concurrent.atomic.AtomicLong;

/** A consumer that forgets nothing and checks nothing: every delivery adds, duplicates included. */
class PaymentTotals {

    private final AtomicLong total = new AtomicLong();

    void on(Message message) {
        total.addAndGet(message.payloadAs(OrderCreated.class).amount());
    }

    long total() {
        return total.get();
    }
}
