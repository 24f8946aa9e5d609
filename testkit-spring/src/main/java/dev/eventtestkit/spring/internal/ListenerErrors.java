package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.RetryAfter;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.CommonDelegatingErrorHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.FailedRecordProcessor;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A listener's error handling, as its container would run it: the app's {@code CommonErrorHandler} (Spring's
 * default {@code DefaultErrorHandler} when it has none) decides whether a failed record is retried, after which
 * back-off, or recovered (by its recoverer, such as a {@code DeadLetterPublishingRecoverer}). Its back-off handler
 * is replaced so that the wait happens on the virtual clock: the broker redelivers after it.
 */
final class ListenerErrors {

    private final CommonErrorHandler handler;
    private final VirtualBackOff backOff;

    private ListenerErrors(CommonErrorHandler handler, VirtualBackOff backOff) {
        this.handler = handler;
        this.backOff = backOff;
    }

    static ListenerErrors of(@Nullable CommonErrorHandler configured, Map<CommonErrorHandler, VirtualBackOff> made) {
        CommonErrorHandler handler = configured != null ? configured : new DefaultErrorHandler();
        return new ListenerErrors(handler, made.computeIfAbsent(handler, ListenerErrors::virtualize));
    }

    void clearState() {
        handler.clearThreadState();
        backOff.take();
    }

    /**
     * Runs the app's error handler on a failed record.
     *
     * @param reason what the dead letter records when the handler gives the record up
     * @throws RetryAfter when the handler retries the record after its back-off
     * @throws Exception {@code reason}, when the handler recovered (gave up on) the record
     */
    void failed(Exception failure, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
            MessageListenerContainer container, Exception reason) throws Exception {
        backOff.take();
        boolean recovered;
        try {
            if (handler.seeksAfterHandling()) {
                handler.handleRemaining(failure, List.of(record), consumer, container);
                recovered = true;
            } else {
                recovered = handler.handleOne(failure, record, consumer, container);
            }
        } catch (RuntimeException seekOrRecoveryFailure) {
            long wait = backOff.take();
            if (wait == VirtualBackOff.NONE) {
                IllegalStateException unrecovered = new IllegalStateException("the app's error handler ("
                        + handler.getClass().getSimpleName() + ") failed to recover the record: "
                        + seekOrRecoveryFailure, seekOrRecoveryFailure);
                unrecovered.addSuppressed(reason);
                throw unrecovered;
            }
            throw new RetryAfter(Duration.ofMillis(wait), reason);
        }
        if (recovered) {
            throw reason;
        }
        throw new RetryAfter(Duration.ofMillis(Math.max(0, backOff.take())), reason);
    }

    /** Replaces the sleeping back-off handler of every {@code FailedRecordProcessor} the handler is made of. */
    private static VirtualBackOff virtualize(CommonErrorHandler handler) {
        VirtualBackOff backOff = new VirtualBackOff();
        for (CommonErrorHandler part : parts(handler)) {
            if (part instanceof FailedRecordProcessor processor) {
                replaceBackOffHandler(processor, backOff);
            }
        }
        return backOff;
    }

    @SuppressWarnings("unchecked")
    private static List<CommonErrorHandler> parts(CommonErrorHandler handler) {
        if (!(handler instanceof CommonDelegatingErrorHandler)) {
            return List.of(handler);
        }
        CommonErrorHandler fallback = (CommonErrorHandler) read(handler, CommonDelegatingErrorHandler.class,
                "defaultErrorHandler");
        Map<?, CommonErrorHandler> delegates = (Map<?, CommonErrorHandler>) read(handler,
                CommonDelegatingErrorHandler.class, "delegates");
        List<CommonErrorHandler> parts = new ArrayList<>(delegates.values());
        parts.add(fallback);
        return parts;
    }

    private static void replaceBackOffHandler(FailedRecordProcessor processor, VirtualBackOff backOff) {
        Object tracker = read(processor, FailedRecordProcessor.class, "failureTracker");
        write(tracker, "backOffHandler", backOff);
    }

    private static Object read(Object target, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unsupported(target, e);
        }
    }

    private static void write(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unsupported(target, e);
        }
    }

    private static IllegalStateException unsupported(Object target, Exception e) {
        return new IllegalStateException("EventTestkit cannot move the back-off of " + target.getClass().getName()
                + " to the virtual clock on spring-kafka " + FailedRecordProcessor.class.getPackage()
                .getImplementationVersion() + " (" + e + "); please report it with this message", e);
    }
}
