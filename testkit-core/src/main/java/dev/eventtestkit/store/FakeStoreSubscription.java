package dev.eventtestkit.store;

import dev.eventtestkit.broker.Subscription;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A fake store's catch-up subscription: a group of the delivery model that stops where its handler fails. */
final class FakeStoreSubscription implements StoreSubscription {

    private final String source;
    private @Nullable Subscription group;
    private volatile boolean dropped;

    FakeStoreSubscription(String source) {
        this.source = source;
    }

    void attach(Subscription group) {
        this.group = group;
    }

    void drop() {
        dropped = true;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean isDropped() {
        return dropped;
    }

    @Override
    public void close() {
        Objects.requireNonNull(group).close();
    }

    @Override
    public String toString() {
        return "subscription to " + source + (dropped ? " (dropped)" : "");
    }
}
