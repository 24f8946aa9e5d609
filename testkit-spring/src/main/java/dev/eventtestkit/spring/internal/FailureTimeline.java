package dev.eventtestkit.spring.internal;

import dev.eventtestkit.junit5.Timelines;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Registered by {@code @EventTestkitKafka}: a failing test's message ends with the broker's seed, faults and
 * timeline, as with {@code @EventTest}, so that a failure under faults names the seed that replays it.
 */
@API(status = API.Status.INTERNAL)
public final class FailureTimeline implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException) {
            throw failure;
        }
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        if (!spring.containsBean(SpringWorld.BEAN)) { // on the embedded Kafka: no timeline to show
            throw failure;
        }
        SpringWorld world = spring.getBean(SpringWorld.BEAN, SpringWorld.class);
        throw Timelines.append(failure, world.broker(), context);
    }
}
