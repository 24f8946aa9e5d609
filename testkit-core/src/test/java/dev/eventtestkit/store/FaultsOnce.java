package dev.eventtestkit.store;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FaultKind;
import java.util.EnumSet;
import java.util.Set;

/** A chooser that strikes each named fault once, at its first chance, and delays by the whole bound. */
final class FaultsOnce implements Chooser {

    private final Set<FaultKind> left;

    FaultsOnce(FaultKind first, FaultKind... more) {
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
