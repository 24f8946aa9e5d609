package dev.eventtestkit.spring.shop;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.FixedBackOff;

/** A small Boot shop: listeners of every supported signature, a producer, a payment timeout on a schedule. */
@SpringBootApplication
@EnableScheduling
public class ShopApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewTopic orders() {
        return TopicBuilder.name("orders").partitions(3).build();
    }

    @Bean
    KafkaAdmin.NewTopics billingTopics() {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name("invoices").partitions(2).build(),
                TopicBuilder.name("refunds").assignReplicas(0, List.of(1)).assignReplicas(1, List.of(1))
                        .assignReplicas(2, List.of(1)).assignReplicas(3, List.of(1)).build());
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> template) {
        return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), new FixedBackOff(1_000L, 2L));
    }
}
