package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.store.StoredEvent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Events and read models for the projection tests: right ones, and ones with the bugs the fixture finds. */
final class ReadModels {

    private ReadModels() {}

    record Reserved(String orderId, String product, int quantity) {}

    record Released(String orderId, String product, int quantity) {}

    /** Reserved quantities per product; counts a duplicate twice. */
    static final class Levels {
        final Map<String, Integer> reserved = new TreeMap<>();

        void on(Object event) {
            if (event instanceof Reserved r) {
                reserved.merge(r.product(), r.quantity(), Integer::sum);
            } else if (event instanceof Released r) {
                reserved.merge(r.product(), -r.quantity(), Integer::sum);
            }
        }

        int reserved(String product) {
            return reserved.getOrDefault(product, 0);
        }

        Map<String, Integer> snapshot() {
            return Map.copyOf(reserved);
        }
    }

    /** The same, idempotent: remembers each event id it handled. */
    static final class IdempotentLevels {
        final Levels levels = new Levels();
        final Set<String> seen = new HashSet<>();

        void on(StoredEvent event) {
            if (seen.add(event.id())) {
                levels.on(event.type().equals("Reserved")
                        ? event.payloadAs(Reserved.class) : event.payloadAs(Released.class));
            }
        }
    }

    /** Remembers the order of the last event, across streams: depends on the order streams interleave. */
    static final class LastOrder {
        String last = "none";

        void on(Object event) {
            last = event instanceof Reserved r ? r.orderId() : ((Released) event).orderId();
        }
    }

    /** A read model with value equality: the orders it has seen reserve, per product. */
    record Products(Map<String, Integer> reserved) {
        Products() {
            this(new TreeMap<>());
        }

        void on(Message message) {
            if (message.type().equals("Reserved")) {
                Reserved r = message.payloadAs(Reserved.class);
                reserved.merge(r.product(), r.quantity(), Integer::sum);
            }
        }
    }
}
