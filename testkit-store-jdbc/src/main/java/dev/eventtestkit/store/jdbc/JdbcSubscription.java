package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.store.StoreSubscription;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.StoredEventHandler;
import dev.eventtestkit.store.SubscriptionDroppedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A catch-up subscription polling the events table on a thread of its own: it reads what was committed below
 * the log head, hands it to the handler in order, and waits a poll interval once it has caught up.
 *
 * <p>Other threads read its progress through volatile fields: {@link #caughtUpTo()} is the log head below
 * which every event (of its stream) has been handled.
 */
final class JdbcSubscription implements StoreSubscription, Runnable {

    private static final int PAGE = 500;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcEventStore store;
    private final String name;
    private final @Nullable String stream;
    private final StoredEventHandler handler;
    private final Duration pollInterval;
    private final Consumer<JdbcSubscription> onClose;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    /** The next position ($all) or version (a stream) to read. */
    private long next;
    private volatile long caughtUpTo = -1;
    private volatile @Nullable StoredEvent handling;
    private volatile @Nullable SubscriptionDroppedException dropped;
    private volatile boolean dropReported;
    private volatile @Nullable Throwable failure;

    JdbcSubscription(JdbcEventStore store, int number, @Nullable String stream, long start, StoredEventHandler handler,
            Duration pollInterval, Consumer<JdbcSubscription> onClose) {
        this.store = store;
        this.name = "subscription " + number + " to " + (stream == null ? "$all" : stream);
        this.stream = stream;
        this.next = start;
        this.handler = handler;
        this.pollInterval = pollInterval;
        this.onClose = onClose;
        this.thread = new Thread(this, "eventtestkit-store-" + store.schema() + "-subscription-" + number);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(true);
            while (!isStopping()) {
                long head = store.head(connection);
                if (!catchUp(connection, head)) {
                    return;
                }
                caughtUpTo = head;
                if (stopped.await(pollInterval.toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } finally {
            handling = null;
        }
    }

    /** @return false when the handler threw and the subscription dropped */
    private boolean catchUp(Connection connection, long head) throws SQLException {
        while (!isStopping()) {
            List<StoredEvent> page = stream == null
                    ? store.readPage(connection, next, head, PAGE)
                    : store.readStreamPage(connection, stream, next, head, PAGE);
            for (StoredEvent event : page) {
                if (isStopping()) {
                    return true;
                }
                handling = event;
                try {
                    handler.handle(event);
                } catch (Exception | LinkageError | AssertionError e) {
                    dropped = new SubscriptionDroppedException(name, event, 1, e);
                    return false;
                }
                handling = null;
                next = stream == null ? event.position() + 1 : event.version() + 1;
            }
            if (page.size() < PAGE) {
                return true;
            }
        }
        return true;
    }

    private boolean isStopping() {
        return stopped.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    /** @return the log head below which everything is handled; -1 before the first catch-up */
    long caughtUpTo() {
        return caughtUpTo;
    }

    /** @return what keeps it busy at the given head, or null when it has caught up (or dropped) */
    @Nullable String pending(long head) {
        if (dropped != null) {
            return null;
        }
        Throwable broken = failure;
        if (broken != null) {
            return name + " stopped by " + broken;
        }
        StoredEvent running = handling;
        if (running != null) {
            return name + ": handler running on " + running.where();
        }
        if (!thread.isAlive()) {
            return null;
        }
        long reached = caughtUpTo;
        return reached >= head ? null : name + ": caught up to position " + reached + " of " + head;
    }

    /** @return the drop not yet reported, marked reported; null when there is none */
    @Nullable SubscriptionDroppedException takeDrop() {
        SubscriptionDroppedException drop = dropped;
        if (drop == null || dropReported) {
            return null;
        }
        dropReported = true;
        return drop;
    }

    boolean hasUnreportedDrop() {
        return dropped != null && !dropReported;
    }

    @Override
    public String source() {
        return stream == null ? "$all" : stream;
    }

    @Override
    public boolean isDropped() {
        return dropped != null;
    }

    @Override
    public void close() {
        stopped.countDown();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        onClose.accept(this);
    }

    @Override
    public String toString() {
        return name + (dropped != null ? " (dropped)" : "");
    }
}
