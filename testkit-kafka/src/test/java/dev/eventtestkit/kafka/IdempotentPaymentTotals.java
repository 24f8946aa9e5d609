package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Message;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The same consumer made idempotent: it remembers the message ids it has counted. */
class IdempotentPaymentTotals {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong total = new AtomicLong();

    void on(Message message) {
        if (seen.add(message.id())) {
            total.addAndGet(message.payloadAs(OrderCreated.class).amount());
        }
    }

    long total() {
        return total.get();
    }
}
