package example.orders.bench;

import dev.eventtestkit.spring.EventTestkitKafka;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

/**
 * Starting the order service's Spring context for a test: with {@code @EventTestkitKafka} (listeners captured and
 * subscribed to the fake, producers and admin rerouted) against the same context without Kafka (containers not
 * started, no topics created). Each invocation starts a fresh context and closes it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ContextStartBenchmark {

    @SpringBootTest(classes = example.orders.OrderServiceApplication.class)
    @EventTestkitKafka
    public static class WithEventTestkitKafka {}

    @SpringBootTest(classes = example.orders.OrderServiceApplication.class, properties = {
            "spring.kafka.listener.auto-startup=false", "spring.kafka.admin.auto-create=false"})
    public static class WithoutKafka {}

    @Benchmark
    public ApplicationContext withEventTestkitKafka() {
        return startAndClose(WithEventTestkitKafka.class);
    }

    @Benchmark
    public ApplicationContext withoutKafka() {
        return startAndClose(WithoutKafka.class);
    }

    private static ApplicationContext startAndClose(Class<?> testClass) {
        TestContext context = new TestContextManager(testClass).getTestContext();
        ApplicationContext started = context.getApplicationContext();
        context.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        return started;
    }
}
