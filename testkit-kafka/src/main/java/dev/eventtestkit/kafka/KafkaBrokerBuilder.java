package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link KafkaBroker}.
 *
 * <pre>{@code
 * KafkaBroker broker = KafkaBroker.builder()
 *         .seed(42L)
 *         .duplicates(0.3)                                        // redeliver 30% of records once
 *         .retries(3, Duration.ofMillis(100), Duration.ofMillis(200))
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; build once per test.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KafkaBrokerBuilder {

    private @Nullable String bootstrapServers;
    private @Nullable String topicPrefix;
    private EventCodec codec = EventCodec.jackson();
    private EventValidator validator = EventValidator.ACCEPT_ALL;
    private long seed;
    private double duplicateRate;
    private RetryPolicy retries = RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofMillis(200));
    private Duration idleTimeout = Duration.ofSeconds(30);
    private GroupProtocol groupProtocol = GroupProtocol.CLASSIC;
    private final Map<String, Object> consumerProperties = new LinkedHashMap<>();

    KafkaBrokerBuilder() {}

    /** @param bootstrapServers the cluster; unset means {@link EmbeddedKafka#externalOrEmbedded()} */
    public KafkaBrokerBuilder bootstrapServers(String bootstrapServers) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        return this;
    }

    /**
     * @param topicPrefix put before every topic and group name on the cluster; unset means
     *     {@code ett-<8 random hex digits>-}, fresh for each broker, so tests never see each other's records
     */
    public KafkaBrokerBuilder topicPrefix(String topicPrefix) {
        this.topicPrefix = Objects.requireNonNull(topicPrefix, "topicPrefix");
        return this;
    }

    /** @param codec serializes events to the record value; default {@link EventCodec#jackson()} */
    public KafkaBrokerBuilder codec(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * @param validator checks every publish before it is sent; what it throws, {@code publish} throws, and
     *     nothing is sent. Default: accepts all
     * @return this builder
     */
    public KafkaBrokerBuilder validator(EventValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        return this;
    }

    /**
     * Validates every publish against its JSON Schema contract, as {@code FakeBroker.builder().contracts(..)}
     * does, so the same test checks contracts on both brokers.
     *
     * @param contracts the loaded contracts
     * @return this builder; replaces any earlier validator
     */
    public KafkaBrokerBuilder contracts(EventContracts contracts) {
        return validator(contracts.validator());
    }

    /** @param seed seeds message ids and duplicate draws; default 0 */
    public KafkaBrokerBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param rate the chance, from 0 to 1, that a consumer seeks back once after its handler returned, so the
     *     record is delivered again with attempt 2; default 0
     */
    public KafkaBrokerBuilder duplicates(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("duplicates: rate must be between 0 and 1, was " + rate);
        }
        this.duplicateRate = rate;
        return this;
    }

    /**
     * The same {@link RetryPolicy} the fake broker takes, so one test configuration serves both; on Kafka the
     * backoffs are waited in real time.
     *
     * @param retryPolicy handler calls per record before it is dead-lettered, and the waits between them;
     *     default 3 attempts, 100 ms, 200 ms
     * @return this builder
     */
    public KafkaBrokerBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retries = java.util.Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * @param maxAttempts handler calls per record before it is dead-lettered; default 3
     * @param backoffs real-time waits before the 2nd, 3rd... call, the last repeating; default 100 ms, 200 ms
     * @return this builder
     * @throws IllegalArgumentException as {@link RetryPolicy#of(int, Duration...)}
     */
    public KafkaBrokerBuilder retries(int maxAttempts, Duration... backoffs) {
        return retryPolicy(RetryPolicy.of(maxAttempts, backoffs));
    }

    /** @param idleTimeout how long {@link KafkaBroker#runUntilIdle()} waits; default 30 seconds */
    public KafkaBrokerBuilder idleTimeout(Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        return this;
    }

    /**
     * @param protocol the consumer group protocol; default {@code CLASSIC}, tuned to a 6 s session and 500 ms
     *     heartbeats, which joined faster than {@code CONSUMER} (KIP-848) in the kit's measurements
     */
    public KafkaBrokerBuilder groupProtocol(GroupProtocol protocol) {
        this.groupProtocol = Objects.requireNonNull(protocol, "protocol");
        return this;
    }

    /** @param key a {@link ConsumerConfig} key to set on every group member, overriding the kit's tuning */
    public KafkaBrokerBuilder consumerProperty(String key, Object value) {
        consumerProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * @return a broker connected to the cluster; close it to stop its consumers
     * @throws IllegalStateException when the shared embedded Kafka cannot start
     */
    public KafkaBroker build() {
        String servers = bootstrapServers != null ? bootstrapServers : EmbeddedKafka.externalOrEmbedded();
        String prefix = topicPrefix != null ? topicPrefix : "ett-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        return new KafkaBroker(new KafkaBrokerSettings(
                servers, prefix, codec, validator, seed, duplicateRate, retries, idleTimeout, consumer()));
    }

    private Map<String, Object> consumer() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, groupProtocol.name().toLowerCase(Locale.ROOT));
        if (groupProtocol == GroupProtocol.CLASSIC) {
            // the classic protocol's defaults (45 s session, 3 s heartbeat) make every join slow
            properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6_000);
            properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        }
        properties.putAll(consumerProperties);
        return properties;
    }
}
