package dev.eventtestkit.contract;

import dev.eventtestkit.event.EventDescriptor;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Which contract versions were exercised: every successful or failed {@link EventContracts#validate} call
 * records its subject and version. Thread-safe; shared by the {@link EventContracts} derived from one
 * {@link EventContracts#load}.
 *
 * <pre>{@code
 * ContractCoverage c = contracts.coverage();
 * c.missing();   // [OrderShipped v1, ...] the versions no test validated
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContractCoverage {

    static final Comparator<EventDescriptor> ORDER =
            Comparator.comparing(EventDescriptor::name).thenComparingInt(EventDescriptor::version);

    private final SortedSet<EventDescriptor> all;
    private final Set<EventDescriptor> exercised = ConcurrentHashMap.newKeySet();

    ContractCoverage(SortedSet<EventDescriptor> all) {
        this.all = all;
    }

    void record(String subject, int version) {
        exercised.add(new EventDescriptor(subject, version));
    }

    /** @return every subject version in the contracts root, by subject then version */
    public SortedSet<EventDescriptor> all() {
        return sorted(all);
    }

    /** @return the subject versions validated so far, by subject then version */
    public SortedSet<EventDescriptor> exercised() {
        return sorted(exercised);
    }

    /** @return the subject versions not validated yet, by subject then version */
    public SortedSet<EventDescriptor> missing() {
        SortedSet<EventDescriptor> missing = sorted(all);
        missing.removeAll(exercised);
        return missing;
    }

    /** @return e.g. {@code 5 of 7 contract versions exercised; missing: OrderShipped v1, StockReleased v2} */
    public String summary() {
        SortedSet<EventDescriptor> missing = missing();
        String head = (all.size() - missing.size()) + " of " + all.size() + " contract versions exercised";
        return missing.isEmpty() ? head : head + "; missing: " + String.join(", ", missing.stream().map(String::valueOf).toList());
    }

    private static SortedSet<EventDescriptor> sorted(Set<EventDescriptor> items) {
        SortedSet<EventDescriptor> copy = new TreeSet<>(ORDER);
        copy.addAll(items);
        return copy;
    }

    @Override
    public String toString() {
        return summary();
    }
}
