package example.orders;

import dev.eventtestkit.spring.EventTestkitKafka;

/** {@link OrderFlowTest}, unchanged, with the app's own listener containers on spring-kafka-test's embedded Kafka. */
@EventTestkitKafka(schemas = "schemas", embeddedKafka = true)
class OrderFlowOnEmbeddedKafkaTest extends OrderFlowTest {}
