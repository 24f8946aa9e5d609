package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.time.VirtualClock;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** What {@link EventTest} asks for, read once per test from the method, its class or an enclosing class. */
record Settings(String schemas, long seed, Faults faults, RetryPolicy retryPolicy, Instant start) {

    private static final Settings DEFAULTS = new Settings("", 0L, Faults.none(), RetryPolicy.defaults(),
            VirtualClock.create().instant());

    /**
     * @return the settings of the nearest {@code @EventTest}: the method's, else its class's, else those of the
     *     classes a {@code @Nested} class runs inside, innermost first (JUnit's own enclosing-class lookup)
     */
    static Settings of(ExtensionContext context) {
        Optional<EventTest> annotation = context.getTestMethod().flatMap(m -> find(m));
        if (annotation.isEmpty()) {
            annotation = context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type,
                    EventTest.class, context.getEnclosingTestClasses()));
        }
        return annotation.map(Settings::from).orElse(DEFAULTS);
    }

    private static Optional<EventTest> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, EventTest.class);
    }

    private static Settings from(EventTest test) {
        try {
            Faults.Builder faults = Faults.builder().duplicates(test.duplicates())
                    .crashBeforeAck(test.crashBeforeAck()).reorder(test.reorder());
            if (test.maxDelayMillis() > 0) {
                faults.delay(Duration.ofMillis(test.maxDelayMillis()));
            }
            Duration[] backoffs = new Duration[test.backoffMillis().length];
            for (int i = 0; i < backoffs.length; i++) {
                backoffs[i] = Duration.ofMillis(test.backoffMillis()[i]);
            }
            return new Settings(test.schemas(), test.seed(), faults.build(),
                    RetryPolicy.of(test.maxAttempts(), backoffs), Instant.parse(test.start()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ExtensionConfigurationException("@EventTest: " + e.getMessage(), e);
        }
    }

    /**
     * Everything a broker of this test gets apart from seed, faults and chooser, which the caller (or the
     * explorer) sets: a fresh clock at {@link #start()}, the retry policy, contract validation.
     */
    Consumer<FakeBrokerBuilder> configuration(@Nullable EventContracts contracts) {
        return builder -> {
            builder.clock(VirtualClock.at(start)).retryPolicy(retryPolicy);
            if (contracts != null) {
                builder.contracts(contracts);
            }
        };
    }
}
