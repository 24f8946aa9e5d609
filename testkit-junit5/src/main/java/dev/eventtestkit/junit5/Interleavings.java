package dev.eventtestkit.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method under many delivery schedules, each with a fresh {@code FakeBroker}: which ready
 * delivery goes next and which faults (from {@link EventTest}) strike. The first failing schedule stops the
 * run; it is shrunk to the fewest faults and departures from the default order, and the failure names the
 * seed, the annotation that replays it and the shrunk timeline, then the original one.
 *
 * <pre>{@code
 * @Interleavings(200)                          // 200 random schedules: "schedule 1 (seed 0)", ...
 * void chargesOnce(FakeBroker broker) { ... }
 *
 * @Interleavings(value = 1, seed = 7340912L)   // replays the schedule a failure printed
 * @Interleavings(exhaustive = true, value = 10_000)   // every distinct schedule, up to 10,000
 * @Interleavings(value = 200, strategy = "pct(3)")    // PCT: ordering bugs of depth up to 3 first
 * }</pre>
 *
 * <p>The configuration parameter (or system property) {@code eventtestkit.schedules} raises {@link #value()}
 * for a nightly run, e.g. {@code -Deventtestkit.schedules=5000}; it leaves replays (a {@link #seed()} other
 * than 0) alone. {@code eventtestkit.interleavings.shard} ({@code 2/8}) runs one CI job's slice of the schedules.
 * A failing seed is remembered in {@code target/eventtestkit/failing-seeds} and tried first on the next run.
 * Build everything the test uses inside the method: shrinking re-runs the method body alone.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith({EventTestExtension.class, InterleavingsExtension.class})
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface Interleavings {

    /** @return how many random schedules to run, or the bound of an exhaustive walk; 1 or more, default 100 */
    int value() default 100;

    /**
     * @return the base seed: schedule 1 runs with exactly this broker seed, later ones with seeds derived
     *     from it; for an exhaustive walk, the broker seed (message ids); default 0
     */
    long seed() default 0L;

    /** @return whether to walk every distinct schedule depth-first (up to {@link #value()}) in one test */
    boolean exhaustive() default false;

    /**
     * @return how schedules are picked: {@code random} (one test invocation per schedule), {@code pct(depth)},
     *     {@code pos} or {@code exhaustive} (the explorer runs them in one invocation); see
     *     {@code dev.eventtestkit.explore.Strategy}; default {@code random}
     */
    String strategy() default "random";

    /**
     * @return stop exploring after this much time, between schedules: {@code "500ms"}, {@code "10s"}, {@code "2m"},
     *     {@code "1h"} or ISO-8601 ({@code "PT1M"}); default none
     */
    String timeBudget() default "";

    /**
     * @return whether to run the schedules on all cores, in one invocation (same schedules, same failure as on
     *     one core); default false
     */
    boolean parallel() default false;

    /**
     * @return consumer groups whose handlers share state outside the broker, so exhaustive exploration never
     *     treats their deliveries as independent ({@code Explorer.sharedState}); default none
     */
    String[] sharedState() default {};

    /**
     * @return consumer groups independent of each other whatever they publish ({@code Explorer.independentGroups});
     *     default none
     */
    String[] independentGroups() default {};

    /**
     * @return consumer groups that keep their state per partition ({@code Explorer.independentPartitions});
     *     default none
     */
    String[] independentPartitions() default {};

    /**
     * @return points each of which {@code broker.reachable(name)} must mark in at least one schedule, else the test
     *     fails; the explorer then runs every schedule in one invocation; default none
     */
    String[] reachable() default {};
}
