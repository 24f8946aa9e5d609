package dev.eventtestkit.spring.internal;

import dev.eventtestkit.spring.EventTestkitKafka;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in {@code META-INF/spring.factories}: a test class with {@link EventTestkitKafka} gets its beans. */
@API(status = API.Status.INTERNAL)
public final class EventTestkitContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        EventTestkitKafka annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, EventTestkitKafka.class);
        return annotation == null ? null : new EventTestkitContextCustomizer(KafkaSettings.of(annotation, testClass));
    }
}
