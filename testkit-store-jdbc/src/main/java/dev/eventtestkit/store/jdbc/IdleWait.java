package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.store.SubscriptionDroppedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/** Waits, in real time, until a JDBC store's subscriptions have caught up with the log head. */
final class IdleWait {

    private static final Duration POLL = Duration.ofMillis(5);

    private final JdbcEventStore store;
    private final List<JdbcSubscription> subscriptions;

    IdleWait(JdbcEventStore store, List<JdbcSubscription> subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    void await(Duration timeout) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> hasDrop() || pending().isEmpty());
        } catch (ConditionTimeoutException e) {
            throwDrop();
            List<String> last = pending();
            if (!last.isEmpty()) {
                String actual = String.join("\n", last);
                throw new AssertionFailedError("the JDBC event store is not idle after " + timeout + ", still pending:\n"
                        + actual.indent(2).stripTrailing(), "idle", actual);
            }
        }
        throwDrop();
    }

    private boolean hasDrop() {
        for (JdbcSubscription subscription : subscriptions) {
            if (subscription.hasUnreportedDrop()) {
                return true;
            }
        }
        return false;
    }

    private void throwDrop() {
        for (JdbcSubscription subscription : subscriptions) {
            @Nullable SubscriptionDroppedException drop = subscription.takeDrop();
            if (drop != null) {
                throw drop;
            }
        }
    }

    private List<String> pending() {
        long head = store.head();
        List<String> pending = new ArrayList<>();
        for (JdbcSubscription subscription : subscriptions) {
            String busy = subscription.pending(head);
            if (busy != null) {
                pending.add(busy);
            }
        }
        return pending;
    }
}
