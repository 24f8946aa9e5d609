package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.cucumber.shop.PaymentEvent.PaymentProcessed;
import dev.eventtestkit.cucumber.shop.PaymentEvent.PaymentRequested;

/** Billing on a queue: processes each requested payment, sending the result to a fanout; declines over 1000. */
public final class QueueBilling {

    private final QueueBroker broker;

    public QueueBilling(QueueBroker broker) {
        this.broker = broker;
    }

    public void on(Message message) {
        PaymentRequested request = message.payloadAs(PaymentRequested.class);
        if (request.amount() > 1000) {
            throw new IllegalStateException("card declined for " + request.orderId());
        }
        broker.send("payment-events", "payment.processed", new PaymentProcessed(request.orderId(), request.amount()));
    }
}
