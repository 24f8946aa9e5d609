package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.cucumber.shop.PaymentEvent.PaymentProcessed;
import dev.eventtestkit.cucumber.shop.PaymentEvent.ReceiptSent;

/** Sends a receipt per processed payment; not idempotent, so a duplicate delivery sends two. */
public final class Receipts {

    private final Broker broker;

    public Receipts(Broker broker) {
        this.broker = broker;
    }

    public void on(Message message) {
        PaymentProcessed processed = message.payloadAs(PaymentProcessed.class);
        broker.publish("receipts", processed.orderId(), new ReceiptSent(processed.orderId()));
    }
}
