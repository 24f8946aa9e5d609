package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.cucumber.shop.PaymentEvent.PaymentProcessed;
import dev.eventtestkit.cucumber.shop.PaymentEvent.PaymentRequested;
import java.util.HashSet;
import java.util.Set;

/** Charges each requested payment once (it remembers what it charged), declining amounts over 1000. */
public final class Billing {

    private final Broker broker;
    private final Set<String> charged = new HashSet<>();

    public Billing(Broker broker) {
        this.broker = broker;
    }

    public void on(Message message) {
        PaymentRequested request = message.payloadAs(PaymentRequested.class);
        if (request.amount() > 1000) {
            throw new IllegalStateException("card declined for " + request.orderId());
        }
        if (charged.add(request.orderId())) {
            broker.publish("payment-events", request.orderId(),
                    new PaymentProcessed(request.orderId(), request.amount()));
        }
    }
}
