package dev.eventtestkit.examples.payments;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;

/**
 * DELIBERATELY BROKEN: the payments consumer without its processed-id store. It charges on every delivery, so
 * a redelivered request charges the customer twice. The tests use it to show the kit catching that.
 */
final class NonIdempotentPaymentHandler implements MessageHandler {

    private final Broker broker;
    private final PaymentGateway gateway;

    NonIdempotentPaymentHandler(Broker broker, PaymentGateway gateway) {
        this.broker = broker;
        this.gateway = gateway;
    }

    @Override
    public void handle(Message message) {
        if (!"PaymentRequested".equals(message.type())) {
            return;
        }
        PaymentRequested request = message.payloadAs(PaymentRequested.class);
        Charge charge = gateway.charge(request.orderId(), request.amount());
        if (charge instanceof Charge.Approved approved) {
            broker.publish(PaymentService.EVENTS, request.orderId(),
                    new PaymentProcessed(request.orderId(), approved.paymentId()));
        }
    }
}
