package dev.eventtestkit.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test a fresh event world: test methods may take a {@code FakeBroker} (or {@code Broker}, or
 * {@code QueueBroker} for its exchanges and queues), its
 * {@code VirtualClock} and, with {@link #schemas()}, the {@code EventContracts} every publish is validated
 * against. A failing test's message ends with the broker's timeline.
 *
 * <pre>{@code
 * @EventTest(schemas = "schemas", duplicates = 0.3)
 * class PaymentsTest {
 *     @Test
 *     void paysOnce(FakeBroker broker, VirtualClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>On a class it applies to every test of the class and its {@code @Nested} classes; on a method it
 * replaces the class's settings for that method. The broker and the clock live for one test; contracts are
 * loaded once per run for each folder and shared.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EventTestExtension.class)
@API(status = API.Status.STABLE, since = "0.1")
public @interface EventTest {

    /**
     * The contracts root to load and validate every publish against, e.g. {@code "schemas"}. A relative path
     * is looked up in the working directory first (in Maven: the module's folder), then in each folder above
     * it, so a module can name the repository's {@code schemas} folder. Empty: no contracts.
     *
     * @return the contracts root; empty for none
     */
    String schemas() default "";

    /** @return the broker seed: it decides delivery order, faults and message ids; default 0 */
    long seed() default 0L;

    /** @return the chance (0 to 1) that a delivery is delivered twice; default 0 */
    double duplicates() default 0.0;

    /** @return the chance (0 to 1) that a consumer crashes after handling a record, before acknowledging it */
    double crashBeforeAck() default 0.0;

    /** @return whether any undelivered record of a partition may go next, not only the oldest; default false */
    boolean reorder() default false;

    /** @return the bound of a random delay before each delivery, in virtual milliseconds; default 0 (none) */
    long maxDelayMillis() default 0L;

    /** @return how many times a failing delivery is tried before it is dead-lettered; default 3 */
    int maxAttempts() default 3;

    /** @return the virtual waits after the first, second, ... failure, in milliseconds; the last repeats */
    long[] backoffMillis() default {1_000L, 2_000L};

    /** @return the instant the virtual clock starts at, ISO-8601; default {@code 2026-01-01T00:00:00Z} */
    String start() default "2026-01-01T00:00:00Z";
}
