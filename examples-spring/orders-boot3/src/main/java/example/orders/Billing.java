package example.orders;

import example.orders.Events.OrderCreated;
import example.orders.Events.PaymentRequested;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Asks the payment provider to charge each new order. Not idempotent, on purpose: a record delivered twice (Kafka
 * delivers at least once) charges twice. The tests catch it under the duplicates fault.
 */
@Component
public class Billing {

    private final KafkaTemplate<String, Object> kafka;
    private final List<String> charged = new ArrayList<>();

    Billing(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @KafkaListener(topics = Topics.ORDERS, groupId = "billing", concurrency = "3")
    void charge(OrderCreated order) {
        synchronized (charged) {
            charged.add(order.orderId());
        }
        kafka.send(Topics.PAYMENTS, order.orderId(), new PaymentRequested(order.orderId(), order.amount()));
    }

    /** @return the order ids charged, once per charge */
    public List<String> charged() {
        synchronized (charged) {
            return List.copyOf(charged);
        }
    }

    public void reset() {
        synchronized (charged) {
            charged.clear();
        }
    }
}
