package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.time.VirtualClock;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the kit's beans to the test's context: the world (the fake broker the app is wired to), the listener
 * registry that captures {@code @KafkaListener} endpoints instead of starting containers, the post-processor that
 * routes producers and time, and the injectable {@code FakeBroker}, {@code VirtualClock} and {@code EventContracts}.
 */
final class EventTestkitContextCustomizer implements ContextCustomizer {

    /** The name spring-kafka looks its registry up by; defining it first replaces spring-kafka's own. */
    static final String REGISTRY = "org.springframework.kafka.config.internalKafkaListenerEndpointRegistry";

    private final KafkaSettings settings;

    EventTestkitContextCustomizer(KafkaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        if (settings.embeddedKafka()) {
            EmbeddedKafkaStart.customize(context, settings);
            return;
        }
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context.getBeanFactory();
        SpringWorld world = new SpringWorld(settings, context.getBeanFactory());
        registry.registerBeanDefinition(SpringWorld.BEAN, definition(SpringWorld.class, world));
        registry.registerBeanDefinition(REGISTRY, new RootBeanDefinition(FakeListenerRegistry.class,
                () -> new FakeListenerRegistry(world)));
        RootBeanDefinition postProcessor = definition(KitBeanPostProcessor.class, new KitBeanPostProcessor(world));
        postProcessor.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        registry.registerBeanDefinition("eventtestkitBeanPostProcessor", postProcessor);

        RootBeanDefinition broker = new RootBeanDefinition(FakeBroker.class, world::broker);
        broker.setScope(BeanDefinition.SCOPE_PROTOTYPE);
        registry.registerBeanDefinition("eventtestkitFakeBroker", broker);
        RootBeanDefinition clock = new RootBeanDefinition(VirtualClock.class, () -> world.broker().clock());
        clock.setScope(BeanDefinition.SCOPE_PROTOTYPE);
        clock.setFallback(true); // an injection point of type Clock gets the app's own Clock bean, if it has one
        registry.registerBeanDefinition("eventtestkitVirtualClock", clock);
        EventContracts contracts = world.contracts();
        if (contracts != null) {
            registry.registerBeanDefinition("eventtestkitContracts", definition(EventContracts.class, contracts));
        }
    }

    private static <T> RootBeanDefinition definition(Class<T> type, T instance) {
        return new RootBeanDefinition(type, () -> instance);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventTestkitContextCustomizer that && that.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }
}
