package dev.eventtestkit.broker;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Detects two threads inside a {@link FakeBroker} at once, which would corrupt it silently. A second thread as
 * such is fine (an explorer builds a broker on one thread and runs it on another; an application publishes from
 * its own thread while the test thread waits): only overlapping calls fail, in the thread that came second,
 * with both threads and both operations named. The thread inside may re-enter (a handler publishes).
 */
final class OneThreadAtATime {

    private final AtomicReference<@Nullable Thread> inside = new AtomicReference<>();
    private int depth;
    private String operation = "";

    void enter(String what) {
        Thread me = Thread.currentThread();
        if (inside.get() == me) {
            depth++;
            return;
        }
        if (!inside.compareAndSet(null, me)) {
            Thread other = inside.get();
            throw new IllegalStateException("FakeBroker used by two threads at once: thread \"" + me.getName()
                    + "\" called " + what + " while thread \"" + (other == null ? "?" : other.getName()) + "\" is inside "
                    + operation + ". A FakeBroker runs one call at a time: publish from the test thread or from handlers,"
                    + " or make other threads publish only while the test thread is not stepping the broker");
        }
        depth = 1;
        operation = what;
    }

    void exit() {
        if (--depth == 0) {
            inside.set(null);
        }
    }
}
