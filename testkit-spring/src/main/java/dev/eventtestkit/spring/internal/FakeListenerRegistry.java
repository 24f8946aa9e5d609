package dev.eventtestkit.spring.internal;

import org.apiguardian.api.API;
import org.springframework.kafka.config.KafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * spring-kafka's registry, kept as the app sees it (containers are created, configured and can be looked up by
 * id), except that no container ever starts: each endpoint is captured, checked and delivered to by the fake
 * broker on the test thread instead.
 */
@API(status = API.Status.INTERNAL)
public class FakeListenerRegistry extends KafkaListenerEndpointRegistry {

    private final SpringWorld world;

    FakeListenerRegistry(SpringWorld world) {
        this.world = world;
    }

    @Override
    protected MessageListenerContainer createListenerContainer(KafkaListenerEndpoint endpoint,
            KafkaListenerContainerFactory<?> factory) {
        MessageListenerContainer container = super.createListenerContainer(endpoint, factory);
        world.add(ListenerEndpoint.capture(endpoint, factory, container, world.backOffs()));
        return container;
    }

    @Override
    public void registerListenerContainer(KafkaListenerEndpoint endpoint, KafkaListenerContainerFactory<?> factory,
            boolean startImmediately) {
        super.registerListenerContainer(endpoint, factory, false);
    }

    /** Containers stay stopped: the fake broker delivers to their listeners. */
    @Override
    public void start() {
        // nothing to start
    }
}
