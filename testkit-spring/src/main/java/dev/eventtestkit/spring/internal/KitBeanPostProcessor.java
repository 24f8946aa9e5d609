package dev.eventtestkit.spring.internal;

import dev.eventtestkit.time.VirtualClock;
import java.time.Clock;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.scheduling.TaskScheduler;

/**
 * Wires the app's beans to the fake world as they are created: its producer factories publish to the fake broker,
 * its {@code KafkaAdmin} creates no topics on a real cluster, its own listener container beans never start and are
 * delivered to by the fake, and with virtual time its {@code Clock} beans read and
 * its task scheduler fires on the broker's virtual clock.
 */
final class KitBeanPostProcessor implements BeanPostProcessor {

    private final SpringWorld world;

    KitBeanPostProcessor(SpringWorld world) {
        this.world = world;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof KafkaAdmin admin) {
            admin.setAutoCreate(false); // NewTopic beans become topics on the fake broker instead
        }
        return bean;
    }

    /**
     * A listener container the app declares as a bean itself never starts (it would poll a real cluster); the fake
     * broker delivers to its listener, as to a {@code @KafkaListener}. Containers spring-kafka's registry creates
     * are not beans: they never pass here.
     */
    private void captureContainer(AbstractMessageListenerContainer<?, ?> container, String beanName) {
        try {
            world.add(ListenerEndpoint.capture(beanName, container, world.backOffs()));
        } catch (IllegalStateException unsupported) {
            throw new BeanCreationException(beanName, unsupported.getMessage(), unsupported);
        }
        container.setAutoStartup(false); // after the capture, which refuses a container the app starts itself
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof AbstractMessageListenerContainer<?, ?> container) {
            captureContainer(container, beanName);
            return bean;
        }
        if (bean instanceof ProducerFactory<?, ?> factory && !(bean instanceof FakeProducerFactory<?, ?>)) {
            try {
                return new FakeProducerFactory(factory, beanName, world);
            } catch (IllegalStateException unsupported) {
                throw new BeanCreationException(beanName, unsupported.getMessage(), unsupported);
            }
        }
        if (bean instanceof KafkaTemplate<?, ?> template
                && !(template.getProducerFactory() instanceof FakeProducerFactory<?, ?>)) {
            throw new BeanCreationException(beanName, "KafkaTemplate bean '" + beanName + "' is built on a"
                    + " ProducerFactory that is not a bean, so @EventTestkitKafka cannot route it to the fake broker:"
                    + " declare the ProducerFactory as a @Bean and build the template on it");
        }
        if (world.settings().virtualTime()) {
            if (bean instanceof Clock clock && !(bean instanceof VirtualClock)
                    && !(bean instanceof DelegatingClock)) {
                return new DelegatingClock(world, clock.getZone());
            }
            if (bean instanceof TaskScheduler && !(bean instanceof VirtualTaskScheduler)) {
                return world.scheduler();
            }
        }
        return bean;
    }
}
