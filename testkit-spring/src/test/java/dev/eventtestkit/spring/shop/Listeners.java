package dev.eventtestkit.spring.shop;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/** One listener per supported signature, all on the "orders" topic. */
@Component
public class Listeners {

    private final Seen seen;
    private final KafkaTemplate<String, Object> kafka;

    Listeners(Seen seen, KafkaTemplate<String, Object> kafka) {
        this.seen = seen;
        this.kafka = kafka;
    }

    @KafkaListener(topics = "orders", groupId = "payments")
    void requestPayment(OrderCreated order) {
        seen.add("payments: " + order);
        kafka.send("payments", order.orderId(), new PaymentRequested(order.orderId(), order.amount()));
    }

    @KafkaListener(id = "audit", topics = "orders", concurrency = "3")
    void audit(ConsumerRecord<String, OrderCreated> record) {
        seen.add("audit: " + record.key() + " " + record.partition() + "@" + record.offset() + " " + record.value());
    }

    @KafkaListener(topics = "orders", groupId = "shipping")
    void ship(Message<OrderCreated> message) {
        seen.add("shipping: " + message.getPayload().orderId() + " from "
                + message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC));
    }

    @KafkaListener(topics = "orders", groupId = "mailer")
    void mail(@Payload OrderCreated order, @Header(KafkaHeaders.RECEIVED_KEY) String key,
            @Header(KafkaHeaders.RECEIVED_PARTITION) int partition, @Header(KafkaHeaders.GROUP_ID) String group) {
        seen.add("mailer: " + order.orderId() + " key " + key + " partition " + partition + " group " + group);
    }

    @KafkaListener(topics = "payments", groupId = "ledger")
    void book(PaymentRequested payment) {
        if (payment.amount() < 0) {
            seen.add("ledger failed: " + payment.orderId());
            throw new IllegalStateException("negative amount for " + payment.orderId());
        }
        seen.add("ledger: " + payment.orderId());
    }
}
