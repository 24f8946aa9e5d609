package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.time.VirtualClock;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The real-Kafka side of {@code @EventTestkitKafka(embeddedKafka = true)}: starts spring-kafka-test's embedded KRaft
 * broker for the context (stopped when the context closes), points {@code spring.kafka.bootstrap-servers} at it and
 * registers the {@code Broker} bean. The app's own listener containers and templates are left as they are.
 */
final class EmbeddedKafkaStart {

    static final String BROKER_CLASS = "org.springframework.kafka.test.EmbeddedKafkaKraftBroker";

    private EmbeddedKafkaStart() {}

    static void customize(ConfigurableApplicationContext context, KafkaSettings settings) {
        if (!ClassUtils.isPresent(BROKER_CLASS, EmbeddedKafkaStart.class.getClassLoader())) {
            throw new IllegalStateException("@EventTestkitKafka(embeddedKafka = true) runs spring-kafka-test's"
                    + " embedded Kafka: add org.springframework.kafka:spring-kafka-test (test scope, version from"
                    + " your Boot) to the test classpath");
        }
        org.springframework.kafka.test.EmbeddedKafkaKraftBroker kafka =
                new org.springframework.kafka.test.EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("eventtestkit-embedded-kafka",
                Map.of("spring.kafka.bootstrap-servers", kafka.getBrokersAsString())));
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context.getBeanFactory();
        RootBeanDefinition embedded = new RootBeanDefinition(
                org.springframework.kafka.test.EmbeddedKafkaKraftBroker.class, () -> kafka);
        embedded.setDestroyMethodName("destroy");
        registry.registerBeanDefinition("eventtestkitEmbeddedKafka", embedded);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(context.getBeanFactory(), kafka.getBrokersAsString());
        registry.registerBeanDefinition("eventtestkitBroker",
                new RootBeanDefinition(EmbeddedKafkaBroker.class, () -> broker));
        registry.registerBeanDefinition("eventtestkitFakeBroker", fakeOnly(FakeBroker.class));
        registry.registerBeanDefinition("eventtestkitVirtualClock", fakeOnly(VirtualClock.class));
        if (!settings.schemas().isEmpty()) {
            EventContracts contracts = EventContracts.load(SpringWorld.locate(settings.schemas()));
            registry.registerBeanDefinition("eventtestkitContracts",
                    new RootBeanDefinition(EventContracts.class, () -> contracts));
        }
    }

    /** A bean that exists only on the fake: asking for it on the embedded Kafka says so. */
    private static <T> RootBeanDefinition fakeOnly(Class<T> type) {
        Supplier<T> refuse = () -> {
            throw new IllegalStateException(type.getSimpleName() + " exists only on the fake broker, and this test"
                    + " runs on the embedded Kafka (@EventTestkitKafka(embeddedKafka = true) or -D"
                    + "eventtestkit.kafka.embedded=true): take a Broker (publish, messages, awaitIdle) instead");
        };
        RootBeanDefinition definition = new RootBeanDefinition(type, refuse);
        definition.setScope(BeanDefinition.SCOPE_PROTOTYPE);
        definition.setFallback(true); // a Broker or Clock injection point gets the real one
        definition.setLazyInit(true);
        return definition;
    }
}
