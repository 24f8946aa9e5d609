package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.time.VirtualClock;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.util.ReflectionUtils;

/**
 * The fake world one Spring context is wired to: the current {@link FakeBroker} (a fresh one per test, or the one
 * an exploration schedule brings), the app's listeners subscribed to it, the raw records the app's producers sent,
 * and the tasks of its scheduler on the broker's virtual clock. Everything the app holds (producers, listeners,
 * its {@code Clock}, its scheduler) reaches the broker through this object, so replacing the broker rewires the app.
 */
final class SpringWorld implements SmartLifecycle {

    static final String BEAN = "eventtestkitWorld";

    private final KafkaSettings settings;
    private final ConfigurableListableBeanFactory beans;
    private final @Nullable EventContracts contracts;
    private final SpringCodec codec;
    private final VirtualTaskScheduler scheduler = new VirtualTaskScheduler(this);
    private final Map<String, RawRecord> raw = new HashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<ListenerEndpoint> endpoints = new ArrayList<>();
    private final Map<CommonErrorHandler, VirtualBackOff> backOffs = new IdentityHashMap<>();
    private final @Nullable PreSerializedContracts preSerialized;
    private @Nullable FakeBroker broker;
    private @Nullable Sending sending;
    private boolean running;

    SpringWorld(KafkaSettings settings, ConfigurableListableBeanFactory beans) {
        this.settings = settings;
        this.beans = beans;
        this.contracts = settings.schemas().isEmpty() ? null : EventContracts.load(locate(settings.schemas()));
        this.codec = new SpringCodec(beans);
        this.preSerialized = contracts == null ? null
                : new PreSerializedContracts(contracts, settings.schemas(), settings.subjects());
    }

    KafkaSettings settings() {
        return settings;
    }

    @Nullable EventContracts contracts() {
        return contracts;
    }

    /** A listener the fake delivers to: a {@code @KafkaListener} endpoint or a container bean of the app's. */
    void add(ListenerEndpoint endpoint) {
        endpoints.add(endpoint);
    }

    /** One virtual back-off per error handler, however many listeners share it. */
    Map<CommonErrorHandler, VirtualBackOff> backOffs() {
        return backOffs;
    }

    VirtualTaskScheduler scheduler() {
        return scheduler;
    }

    /** @return the broker the app is wired to now; the first ask builds the context's first one */
    FakeBroker broker() {
        FakeBroker current = broker;
        if (current == null) {
            current = newBroker();
            install(current);
        }
        return current;
    }

    /** A fresh broker and clock for the next test. */
    void reset() {
        install(newBroker());
    }

    private FakeBroker newBroker() {
        FakeBrokerBuilder builder = FakeBroker.builder().seed(settings.seed()).faults(settings.faults());
        configure(builder);
        return builder.build();
    }

    /**
     * Everything a broker wired to this app needs apart from seed, faults and chooser: the clock's start, the app's
     * serializer as codec, contract validation, and no retries of its own (the app's error handler decides them).
     */
    void configure(FakeBrokerBuilder builder) {
        builder.clock(VirtualClock.at(settings.start())).codec(codec).retryPolicy(RetryPolicy.noRetries());
        if (contracts != null && preSerialized != null) {
            EventValidator contractCheck = contracts.validator();
            PreSerializedContracts byTopic = preSerialized;
            builder.validator((event, descriptor, payload) -> {
                if (SpringCodec.isPreSerialized(event)) { // a String or byte[] value names no event type
                    Sending current = sending;
                    byTopic.validate(event, payload, current == null ? null : current.topic(),
                            current == null ? new Header[0] : current.headers());
                } else {
                    contractCheck.validate(event, descriptor, payload);
                }
            });
        }
    }

    /** Wires the app to a broker: topics from its {@code NewTopic} beans, its listeners, its scheduled tasks. */
    void install(FakeBroker next) {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        raw.clear();
        broker = next;
        if (running) {
            connect(next);
        }
        if (settings.virtualTime()) {
            scheduler.moveTo(next.clock());
        }
    }

    private void connect(FakeBroker next) {
        for (NewTopic topic : newTopics()) {
            Map<Integer, List<Integer>> assigned = topic.replicasAssignments();
            int partitions = assigned != null && !assigned.isEmpty() ? assigned.size() : topic.numPartitions();
            next.createTopic(topic.name(), Math.max(1, partitions)); // unset (-1): the broker default, 1
        }
        for (ListenerEndpoint endpoint : endpoints) {
            endpoint.clearErrorState();
            for (String topic : endpoint.topics()) {
                for (int instance = 0; instance < endpoint.concurrency(); instance++) {
                    subscriptions.add(next.subscribe(topic, endpoint.group(), endpoint.handler(this, next)));
                }
            }
        }
    }

    /** What {@code KafkaAdmin} would create: {@code NewTopic} beans and the topics of {@code NewTopics} beans. */
    private List<NewTopic> newTopics() {
        List<NewTopic> topics = new ArrayList<>(beans.getBeansOfType(NewTopic.class, false, false).values());
        for (KafkaAdmin.NewTopics group : beans.getBeansOfType(KafkaAdmin.NewTopics.class, false, false).values()) {
            topics.addAll(topicsOf(group));
        }
        return topics;
    }

    /** spring-kafka reads a {@code NewTopics} group's topics through a package-private getter only. */
    @SuppressWarnings("unchecked")
    private static Collection<NewTopic> topicsOf(KafkaAdmin.NewTopics group) {
        Method getter = ReflectionUtils.findMethod(KafkaAdmin.NewTopics.class, "getNewTopics");
        if (getter == null) {
            throw new IllegalStateException("EventTestkit cannot read the topics of a KafkaAdmin.NewTopics bean on"
                    + " this spring-kafka version: declare them as single NewTopic beans, and please report it");
        }
        ReflectionUtils.makeAccessible(getter);
        return (Collection<NewTopic>) ReflectionUtils.invokeMethod(getter, group);
    }

    /**
     * Publishes what an app producer sent: the serializer's bytes are the record, their JSON the payload.
     *
     * @param partition the producer record's explicit partition, or null to let the key decide
     */
    Message publish(String topic, @Nullable Integer partition, byte @Nullable [] key, byte[] value,
            Header[] headers, Object event) {
        FakeBroker target = broker();
        String keyText = RawRecord.keyText(key);
        Map<String, String> textHeaders = RawRecord.textHeaders(headers);
        Message message;
        codec.expect(event, value);
        sending = new Sending(topic, headers);
        try {
            message = partition == null ? target.publish(topic, keyText, event, textHeaders)
                    : target.publish(topic, partition, keyText, event, textHeaders);
        } finally {
            codec.clear();
            sending = null;
        }
        raw.put(message.position(), new RawRecord(key, value, headers));
        return message;
    }

    /** @return the bytes the app's producer sent for this record, or the kit's JSON for a direct publish */
    RawRecord raw(Message message) {
        RawRecord sent = raw.get(message.position());
        return sent != null ? sent : RawRecord.of(message);
    }

    @Override
    public void start() {
        running = true;
        connect(broker());
    }

    @Override
    public void stop() {
        running = false;
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After spring-kafka's registry has registered every endpoint; before the app's own lifecycle beans. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** A relative folder is looked up in the working directory, then in each folder above it. */
    static Path locate(String schemas) {
        Path given = Path.of(schemas);
        if (given.isAbsolute()) {
            return given;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(given))) {
                return dir.resolve(given);
            }
        }
        throw new IllegalStateException("@EventTestkitKafka(schemas = \"" + schemas + "\"): no folder " + schemas
                + " in " + Path.of("").toAbsolutePath() + " or in any folder above it");
    }

    @Override
    public String toString() {
        return "SpringWorld[" + Objects.requireNonNullElse(broker, "no broker yet") + "]";
    }

    /** The app send being published: what the contract check of a pre-serialized value needs to know. */
    private record Sending(String topic, Header[] headers) {}
}
