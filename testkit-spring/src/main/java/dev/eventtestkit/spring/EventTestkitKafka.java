package dev.eventtestkit.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.eventtestkit.spring.internal.FailureTimeline;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@code @SpringBootTest} app's own Kafka code on the fake broker: every {@code @KafkaListener} method is
 * subscribed to a {@code FakeBroker} and invoked on the test thread through Spring's own listener adapter and
 * message conversion; every {@code KafkaTemplate} send is serialized with the app's serializer and published to
 * the fake; the app's {@code DefaultErrorHandler} back-off becomes retries on the virtual clock and its
 * {@code DeadLetterPublishingRecoverer} publishes to the fake. No container threads, no polling, no sleeps.
 *
 * <pre>{@code
 * @SpringBootTest
 * @EventTestkitKafka(schemas = "schemas", virtualTime = true)
 * class OrderServiceTest {
 *     @Autowired FakeBroker broker;
 *     @Autowired VirtualClock clock;
 *     @Autowired KafkaTemplate<String, Object> kafka;
 *     ...
 * }
 * }</pre>
 *
 * <p>{@code FakeBroker}, {@code Broker}, {@code VirtualClock} and (with {@link #schemas()}) {@code EventContracts}
 * are beans. Every test method gets a fresh broker and clock (the Spring context itself is cached and shared, so
 * reset the app's own state, such as repositories, in a {@code @BeforeEach}). A failing test's message ends with
 * the broker's seed, faults and timeline. A listener or option the fake cannot honour fails the context at start,
 * naming the bean method and what to do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = API.Status.EXPERIMENTAL)
@ExtendWith(FailureTimeline.class)
public @interface EventTestkitKafka {

    /**
     * The contracts root every send is validated against, e.g. {@code "schemas"}; a relative path is looked up
     * in the working directory, then in each folder above it. Empty: no contracts.
     *
     * @return the contracts root; empty for none
     */
    String schemas() default "";

    /**
     * The contract of each topic whose values the app sends already serialized ({@code String}, {@code byte[]} or
     * {@code Bytes} with Kafka's string or byte-array serializer), which name no event type: {@code "topic=Subject"}
     * validates against the subject's latest version, {@code "topic=Subject:2"} against version 2, and
     * {@code "topic="} sends the topic's values unvalidated. With {@link #schemas()} set, such a value sent to a
     * topic not listed here fails the send saying so; a dead-letter record (with Spring's {@code kafka_dlt-original-topic} header) is not validated again.
     *
     * @return {@code topic=Subject[:version]} entries; empty by default
     */
    String[] subjects() default {};

    /** @return the broker seed: it decides delivery order, faults and message ids; default 0 */
    long seed() default 0L;

    /** @return the chance (0 to 1) that a record is delivered again after it was acknowledged; default 0 */
    double duplicates() default 0.0;

    /** @return the chance (0 to 1) that a listener's acknowledgement is lost and the record redelivered */
    double crashBeforeAck() default 0.0;

    /** @return whether any undelivered record of a partition may go next, not only the oldest; default false */
    boolean reorder() default false;

    /**
     * Puts the app's {@code java.time.Clock} beans and its {@code @Scheduled} tasks on the virtual clock: they
     * read and fire only when the test advances it.
     *
     * @return whether app time is virtual; default false
     */
    boolean virtualTime() default false;

    /** @return the instant the virtual clock starts at, ISO-8601; default {@code 2026-01-01T00:00:00Z} */
    String start() default "2026-01-01T00:00:00Z";

    /**
     * Runs the same test on a real Kafka instead: spring-kafka-test's embedded KRaft broker (on the Kafka version
     * the app's Boot manages) is started once per Spring context, the app's listener containers run against it as
     * in production, and the {@code Broker} bean publishes through the app's {@code KafkaTemplate}, reads topics
     * from the beginning and waits, in real time, until every listener group has consumed everything
     * ({@code broker.awaitIdle(...)}). Faults, virtual time and {@code FakeBroker} exist only on the fake. Needs
     * {@code org.springframework.kafka:spring-kafka-test} on the test classpath. The system property
     * {@value #EMBEDDED_KAFKA_PROPERTY}{@code =true} switches every {@code @EventTestkitKafka} test of a run.
     *
     * @return whether to run on the embedded Kafka; default false (the fake broker)
     */
    boolean embeddedKafka() default false;

    /** The system property that runs every {@code @EventTestkitKafka} test on the embedded Kafka. */
    String EMBEDDED_KAFKA_PROPERTY = "eventtestkit.kafka.embedded";
}
