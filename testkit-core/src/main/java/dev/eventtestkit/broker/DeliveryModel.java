package dev.eventtestkit.broker;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The fake broker's delivery model (seeded choices, faults, retries on virtual time, the trace) for the kit's
 * other fakes to build on, so that there is one model, not a copy per fake: the event store's catch-up
 * subscriptions are groups of a broker held here. Not thread-safe: the owner calls it holding the lock it
 * gave. Not for tests: use {@link FakeBroker}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DeliveryModel {

    private final FakeBroker broker;

    private DeliveryModel(FakeBroker broker) {
        this.broker = broker;
    }

    /**
     * @param seed decides every choice
     * @param clock the virtual clock; the model settles at each of its instants
     * @param faults the faults to inject
     * @param retryPolicy how failing deliveries are retried before their group stops
     * @param codec reads payloads back for {@link Message#payloadAs}
     * @param chooser replaces the seeded chooser (the explorer's); null for the seeded one
     * @param lock the owner's lock: advancing the clock delivers holding it, as the owner's own calls do
     * @return a model with no topics
     */
    public static DeliveryModel create(long seed, VirtualClock clock, Faults faults, RetryPolicy retryPolicy,
            EventCodec codec, @Nullable Chooser chooser, Object lock) {
        FakeBrokerBuilder builder = FakeBroker.builder()
                .seed(seed)
                .clock(clock)
                .faults(faults)
                .retryPolicy(retryPolicy)
                .codec(codec);
        if (chooser != null) {
            builder.chooser(chooser);
        }
        builder.settleLock = lock;
        return new DeliveryModel(builder.build());
    }

    /**
     * Appends a record whose payload is serialized and validated already. A topic that does not exist yet is
     * created with one partition, so offsets count 0, 1, 2, ... per topic.
     *
     * @param topic the topic
     * @param key the record key
     * @param descriptor the payload's type and version
     * @param payload the payload
     * @param headers the headers
     * @param id the record id
     * @param traced whether the trace shows the publish (a record appended to two topics is shown once)
     * @return the record as stored
     */
    public Message append(String topic, @Nullable String key, EventDescriptor descriptor, Json payload,
            Map<String, String> headers, UUID id, boolean traced) {
        return broker.append(topic, key, descriptor, payload, headers, id, traced);
    }

    /**
     * Subscribes a new group that starts at an offset of a one-partition topic and stops, instead of
     * dead-lettering, at a record its handler keeps failing on: {@code onStop} hears of it on the delivering
     * thread, and may throw to end the run.
     *
     * @param topic the topic
     * @param group a group name not used on the topic yet
     * @param offset the first offset to deliver; beyond the end, the group waits until the log grows there
     * @param handler the handler
     * @param onStop told where and why the group stopped
     * @return the subscription; closing it removes the group, so nothing waits for it
     */
    public Subscription subscribe(String topic, String group, long offset, MessageHandler handler,
            Consumer<DeadLetter> onStop) {
        Subscription joined = broker.subscribeAt(topic, group, offset, handler, onStop);
        return new Subscription() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String group() {
                return group;
            }

            @Override
            public void close() {
                joined.close();
                broker.removeGroup(topic, group);
            }
        };
    }

    /** Delivers until nothing is ready at the current instant; see {@link FakeBroker#runUntilIdle()}. */
    public void runUntilIdle() {
        broker.runUntilIdle();
    }

    /** Runs to idle, then fails naming what waits on the virtual clock; see {@link FakeBroker#awaitIdle}. */
    public void awaitIdle() {
        broker.awaitIdle(Duration.ZERO);
    }

    /** @return everything delivered so far */
    public Trace trace() {
        return broker.trace();
    }

    @Override
    public String toString() {
        return "DeliveryModel[seed=" + broker.seed() + ", " + broker.faults() + "]";
    }
}
