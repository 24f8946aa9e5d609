package dev.eventtestkit.examples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A payment provider in memory: counts charges per order, declines the orders it is told to. */
public final class FakePaymentGateway implements PaymentGateway {

    private final Map<String, Integer> charges = new ConcurrentHashMap<>();
    private final List<String> refunds = new CopyOnWriteArrayList<>();
    private final Set<String> declined;

    public FakePaymentGateway(String... declinedOrders) {
        this.declined = Set.of(declinedOrders);
    }

    @Override
    public Charge charge(String orderId, long amount) {
        charges.merge(orderId, 1, Integer::sum);
        return declined.contains(orderId) ? Charge.declined("insufficient funds") : Charge.approved("pay-" + orderId);
    }

    @Override
    public void refund(String paymentId, long amount) {
        refunds.add(paymentId + " " + amount);
    }

    /** @return the charges per order, sorted by order id */
    public Map<String, Integer> charges() {
        return new TreeMap<>(charges);
    }

    /** @return each refund as {@code <paymentId> <amount>}, in the order they were made */
    public List<String> refunds() {
        return List.copyOf(refunds);
    }

    /** Fails unless each of the orders was charged exactly once and no other order was charged. */
    public void assertChargedOnce(String... orderIds) {
        Map<String, Integer> expected = new TreeMap<>();
        for (String orderId : orderIds) {
            expected.put(orderId, 1);
        }
        assertEquals(expected, charges(), "charges per order");
    }
}
