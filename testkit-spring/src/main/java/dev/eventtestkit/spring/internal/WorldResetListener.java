package dev.eventtestkit.spring.internal;

import dev.eventtestkit.junit5.Interleavings;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.lang.reflect.Method;
import org.apiguardian.api.API;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Registered in {@code META-INF/spring.factories}: before each test instance of an {@link EventTestkitKafka} class
 * is injected, the app is wired to a fresh broker and clock, so every test starts from an empty broker at the
 * configured start instant while the Spring context is reused.
 */
@API(status = API.Status.INTERNAL)
public final class WorldResetListener implements TestExecutionListener, Ordered {

    /** Before spring-test's dependency injection (2000), so an injected {@code FakeBroker} is the fresh one. */
    @Override
    public int getOrder() {
        return 1990;
    }

    /**
     * {@code @Interleavings} would run each schedule on a {@code FakeBroker} of its own, which the Spring app is
     * not wired to: the app would see nothing and the schedules would explore nothing. Until schedules run on the
     * app's own broker, such a method fails at once, saying so.
     */
    @Override
    public void beforeTestMethod(TestContext testContext) {
        Method method = testContext.getTestMethod();
        if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), EventTestkitKafka.class)
                && AnnotatedElementUtils.hasAnnotation(method, Interleavings.class)) {
            throw new IllegalStateException("@Interleavings on " + method.getDeclaringClass().getSimpleName() + "."
                    + method.getName() + ", an @EventTestkitKafka test, is not supported yet: its schedules would"
                    + " run on brokers the Spring app is not wired to; use @EventTestkitKafka(seed = ...,"
                    + " duplicates = ..., crashBeforeAck = ..., reorder = true) and vary the seed");
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), EventTestkitKafka.class)) {
            ApplicationContext context = testContext.getApplicationContext();
            if (context.containsBean(SpringWorld.BEAN)) { // not on the embedded Kafka
                context.getBean(SpringWorld.BEAN, SpringWorld.class).reset();
            }
        }
    }
}
