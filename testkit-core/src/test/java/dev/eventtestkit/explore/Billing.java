package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A consumer under test: charges an order when it sees it; the idempotent one remembers message ids. */
final class Billing {

    private final boolean idempotent;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> charges = new HashMap<>();

    private Billing(boolean idempotent) {
        this.idempotent = idempotent;
    }

    static Billing naive() {
        return new Billing(false);
    }

    static Billing idempotent() {
        return new Billing(true);
    }

    void on(Message message) {
        if (idempotent && !seen.add(message.id())) {
            return;
        }
        charges.merge(message.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum);
    }

    int charges(String orderId) {
        return charges.getOrDefault(orderId, 0);
    }
}
