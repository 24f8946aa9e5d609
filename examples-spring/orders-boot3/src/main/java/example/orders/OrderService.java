package example.orders;

import example.orders.Events.OrderCancelled;
import example.orders.Events.OrderCreated;
import example.orders.Events.PaymentProcessed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Places orders, marks them paid when the payment arrives, and cancels those unpaid after 30 minutes. */
@Service
public class OrderService {

    static final Duration PAYMENT_TIMEOUT = Duration.ofMinutes(30);

    private final OrderRepository orders;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    OrderService(OrderRepository orders, KafkaTemplate<String, Object> kafka, Clock clock) {
        this.orders = orders;
        this.kafka = kafka;
        this.clock = clock;
    }

    public void place(String orderId, int amount) {
        orders.save(new Order(orderId, amount, Order.Status.AWAITING_PAYMENT, clock.instant()));
        kafka.send(Topics.ORDERS, orderId, new OrderCreated(orderId, amount));
    }

    @KafkaListener(topics = Topics.PAYMENT_RESULTS, groupId = "orders")
    void paid(PaymentProcessed payment) {
        Order order = orders.find(payment.orderId())
                .orElseThrow(() -> new IllegalStateException("no order " + payment.orderId()));
        orders.save(order.with(Order.Status.PAID));
    }

    @Scheduled(fixedRate = 60_000)
    void cancelUnpaid() {
        Instant deadline = clock.instant().minus(PAYMENT_TIMEOUT);
        for (Order order : orders.withStatus(Order.Status.AWAITING_PAYMENT)) {
            if (!order.placedAt().isAfter(deadline)) {
                orders.save(order.with(Order.Status.CANCELLED));
                kafka.send(Topics.CANCELLATIONS, order.id(), new OrderCancelled(order.id(), "payment timeout"));
            }
        }
    }
}
