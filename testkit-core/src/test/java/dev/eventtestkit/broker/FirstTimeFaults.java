package dev.eventtestkit.broker;

import java.util.EnumSet;
import java.util.Set;

/** A chooser for tests: each listed fault fires the first time it is asked, then never; default order. */
public final class FirstTimeFaults implements Chooser {

    private final Set<FaultKind> left;

    public FirstTimeFaults(FaultKind first, FaultKind... more) {
        this.left = EnumSet.of(first, more);
    }

    @Override
    public int nextDelivery(int ready) {
        return 0;
    }

    @Override
    public boolean fault(FaultKind kind, double rate) {
        return left.remove(kind);
    }

    @Override
    public long delayMillis(long boundMillis) {
        return left.remove(FaultKind.DELAY) ? boundMillis : 0;
    }
}
