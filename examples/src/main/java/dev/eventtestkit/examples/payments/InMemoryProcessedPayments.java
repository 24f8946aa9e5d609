package dev.eventtestkit.examples.payments;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ProcessedPayments} in a map; safe to use from consumer threads. */
public final class InMemoryProcessedPayments implements ProcessedPayments {

    private final Map<String, PaymentRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<PaymentRecord> find(String orderId) {
        return Optional.ofNullable(records.get(orderId));
    }

    @Override
    public void save(PaymentRecord record) {
        records.put(record.orderId(), record);
    }

    @Override
    public String toString() {
        return "InMemoryProcessedPayments" + records.values();
    }
}
