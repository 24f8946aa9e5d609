package dev.eventtestkit.spring.internal;

import dev.eventtestkit.spring.EventTestkitKafka;
import org.apiguardian.api.API;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
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
