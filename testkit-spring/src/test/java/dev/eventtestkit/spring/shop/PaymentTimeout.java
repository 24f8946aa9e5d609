package dev.eventtestkit.spring.shop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Cancels an order whose payment has not arrived 30 minutes after it was created. */
@Component
public class PaymentTimeout {

    private final Clock clock;
    private final KafkaTemplate<String, Object> kafka;
    private final Map<String, Instant> waiting = new LinkedHashMap<>();

    PaymentTimeout(Clock clock, KafkaTemplate<String, Object> kafka) {
        this.clock = clock;
        this.kafka = kafka;
    }

    @KafkaListener(topics = "orders", groupId = "payment-timeout")
    synchronized void track(OrderCreated order) {
        waiting.put(order.orderId(), clock.instant());
    }

    @Scheduled(fixedRate = 60_000)
    synchronized void cancelUnpaid() {
        Instant now = clock.instant();
        waiting.entrySet().removeIf(entry -> {
            if (Duration.between(entry.getValue(), now).compareTo(Duration.ofMinutes(30)) < 0) {
                return false;
            }
            kafka.send("orders-cancelled", entry.getKey(), new OrderCancelled(entry.getKey(), "payment timeout"));
            return true;
        });
    }

    public synchronized void clear() {
        waiting.clear();
    }
}
