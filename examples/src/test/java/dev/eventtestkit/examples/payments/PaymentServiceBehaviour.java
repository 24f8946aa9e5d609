package dev.eventtestkit.examples.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The payments service's behaviour, written once against the {@link Broker} interface: the subclasses run it
 * on the fake broker and on a real Kafka. Stepping is {@code runUntilIdle()} only, which the fake does at once
 * and Kafka by waiting for every group to commit.
 */
abstract class PaymentServiceBehaviour {

    /**
     * @param duplicates whether every record is delivered a second time after its ack
     * @return a fresh broker for this test; the subclass closes it
     */
    abstract Broker broker(boolean duplicates);

    @Test
    void chargesAnOrderAndPublishesPaymentProcessed() {
        Broker broker = broker(false);
        FakePaymentGateway gateway = new FakePaymentGateway();
        new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();

        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 2500));
        broker.runUntilIdle();

        gateway.assertChargedOnce("o-1");
        assertThat(events(broker)).containsExactly("PaymentProcessed {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\"}");
    }

    @Test
    void publishesPaymentFailedWhenTheGatewayDeclines() {
        Broker broker = broker(false);
        FakePaymentGateway gateway = new FakePaymentGateway("o-2");
        new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();

        broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 900));
        broker.runUntilIdle();

        assertThat(events(broker)).containsExactly(
                "PaymentFailed {\"orderId\":\"o-2\",\"reason\":\"insufficient funds\"}");
    }

    @Test
    void refundsAPaidOrderOnceWhenItIsCancelledAndFailsARequestThatComesAfterTheCancellation() {
        Broker broker = broker(false);
        FakePaymentGateway gateway = new FakePaymentGateway();
        new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();
        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 2500));
        broker.runUntilIdle();

        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCancelled("o-1", "customer asked"));
        broker.publish(OrderProcess.ORDERS, "o-2", new OrderCancelled("o-2", "payment timeout"));
        broker.runUntilIdle();
        broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 700));
        broker.runUntilIdle();

        gateway.assertChargedOnce("o-1");
        assertThat(gateway.refunds()).containsExactly("pay-o-1 2500");
        assertThat(events(broker)).containsExactly(
                "PaymentProcessed {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\"}",
                "RefundIssued {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\",\"amount\":2500}",
                "PaymentFailed {\"orderId\":\"o-2\",\"reason\":\"order cancelled\"}");
    }

    @Test
    void chargesOncePerOrderUnderDuplicatesWhereTheNonIdempotentHandlerChargesTwice() {
        Broker broker = broker(true);
        FakePaymentGateway idempotent = new FakePaymentGateway();
        FakePaymentGateway naive = new FakePaymentGateway();
        new PaymentService(broker, idempotent, new InMemoryProcessedPayments()).subscribe();
        broker.subscribe(PaymentService.REQUESTS, "naive-payments", new NonIdempotentPaymentHandler(broker, naive));

        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 100));
        broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 200));
        broker.publish(PaymentService.REQUESTS, "o-3", new PaymentRequested("o-3", 300));
        broker.runUntilIdle();

        idempotent.assertChargedOnce("o-1", "o-2", "o-3");
        assertThatThrownBy(() -> naive.assertChargedOnce("o-1", "o-2", "o-3"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("charges per order ==> expected: <{o-1=1, o-2=1, o-3=1}> but was: <{o-1=2, o-2=2, o-3=2}>");
    }

    /** @return the payment events as {@code <type> <payload>}, in publish order */
    static List<String> events(Broker broker) {
        return broker.messages(PaymentService.EVENTS).stream()
                .map(PaymentServiceBehaviour::describe)
                .toList();
    }

    static String describe(Message message) {
        return message.type() + " " + message.payload();
    }
}
