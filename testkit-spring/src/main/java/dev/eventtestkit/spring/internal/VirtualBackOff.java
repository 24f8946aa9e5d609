package dev.eventtestkit.spring.internal;

import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Takes the place of an error handler's back-off handler, which sleeps the container's thread: it only notes the
 * back-off Spring chose, and the fake broker waits that long on the virtual clock instead.
 */
final class VirtualBackOff implements BackOffHandler {

    static final long NONE = -1;

    private long requested = NONE;

    @Override
    public void onNextBackOff(@Nullable MessageListenerContainer container, Exception exception, long nextBackOff) {
        requested = nextBackOff;
    }

    @Override
    public void onNextBackOff(@Nullable MessageListenerContainer container, TopicPartition partition,
            long nextBackOff) {
        requested = nextBackOff;
    }

    /** @return the back-off noted since the last call, in milliseconds, or {@link #NONE} */
    long take() {
        long taken = requested;
        requested = NONE;
        return taken;
    }
}
