package dev.eventtestkit.examples.payments;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.payments.PaymentRecord.Status;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Charges each order once, however often its {@link PaymentRequested} is delivered, and refunds a paid order
 * that is cancelled.
 *
 * <pre>{@code
 * PaymentService payments = new PaymentService(broker, gateway, new InMemoryProcessedPayments());
 * payments.subscribe();
 * broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 2500));
 * broker.runUntilIdle();   // one charge, one PaymentProcessed on "payment-events"
 * }</pre>
 *
 * <p>Idempotent by {@link ProcessedPayments}: the record is saved right after the charge and before the
 * outcome is published, so a redelivered request finds it and does nothing. Handlers are synchronized: on a
 * real broker the two topics are consumed on two threads.
 */
public final class PaymentService {

    /** The topic of {@link PaymentRequested}. */
    public static final String REQUESTS = "payments";

    /** The topic of {@link PaymentProcessed}, {@link PaymentFailed} and {@link RefundIssued}. */
    public static final String EVENTS = "payment-events";

    /** The consumer group of this service. */
    public static final String GROUP = "payments";

    private final Broker broker;
    private final PaymentGateway gateway;
    private final ProcessedPayments processed;

    /**
     * @param broker where requests come from and outcomes go
     * @param gateway the payment provider
     * @param processed what was already done per order
     */
    public PaymentService(Broker broker, PaymentGateway gateway, ProcessedPayments processed) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.processed = Objects.requireNonNull(processed, "processed");
    }

    /** @return the subscriptions to {@value #REQUESTS} and to the orders topic, as group {@value #GROUP} */
    public List<Subscription> subscribe() {
        return List.of(
                broker.subscribe(REQUESTS, GROUP, this::onMessage),
                broker.subscribe(OrderProcess.ORDERS, GROUP, this::onMessage));
    }

    /**
     * Handles a record of either topic; other event types are acknowledged and ignored.
     *
     * @param message the delivered record
     */
    public void onMessage(Message message) {
        if ("PaymentRequested".equals(message.type())) {
            onPaymentRequested(message.payloadAs(PaymentRequested.class));
        } else if ("OrderCancelled".equals(message.type())) {
            onOrderCancelled(message.payloadAs(OrderCancelled.class));
        }
    }

    /**
     * Charges the order unless it was handled before; a request for an order cancelled unpaid fails.
     *
     * @param request the request
     */
    public synchronized void onPaymentRequested(PaymentRequested request) {
        Optional<PaymentRecord> earlier = processed.find(request.orderId());
        if (earlier.isPresent() && earlier.get().status() != Status.CANCELLED_UNPAID) {
            return; // a redelivery: the order was charged or failed already
        }
        if (earlier.isPresent()) {
            fail(request.orderId(), "order cancelled");
            return;
        }
        Charge charge = gateway.charge(request.orderId(), request.amount());
        if (charge instanceof Charge.Approved approved) {
            processed.save(PaymentRecord.charged(request.orderId(), approved.paymentId(), request.amount()));
            broker.publish(EVENTS, request.orderId(), new PaymentProcessed(request.orderId(), approved.paymentId()));
        } else {
            fail(request.orderId(), ((Charge.Declined) charge).reason());
        }
    }

    /**
     * Refunds a charged order once; remembers an unpaid one so that a late request is not charged.
     *
     * @param cancelled the cancellation
     */
    public synchronized void onOrderCancelled(OrderCancelled cancelled) {
        Optional<PaymentRecord> earlier = processed.find(cancelled.orderId());
        if (earlier.isEmpty()) {
            processed.save(new PaymentRecord(cancelled.orderId(), Status.CANCELLED_UNPAID, null, 0));
            return;
        }
        PaymentRecord record = earlier.get();
        if (record.status() != Status.CHARGED) {
            return;
        }
        String paymentId = Objects.requireNonNull(record.paymentId());
        gateway.refund(paymentId, record.amount());
        processed.save(record.with(Status.REFUNDED));
        broker.publish(EVENTS, record.orderId(), new RefundIssued(record.orderId(), paymentId, record.amount()));
    }

    private void fail(String orderId, String reason) {
        processed.save(new PaymentRecord(orderId, Status.FAILED, null, 0));
        broker.publish(EVENTS, orderId, new PaymentFailed(orderId, reason));
    }
}
