package dev.eventtestkit.benchmarks.bugs;

import static dev.eventtestkit.benchmarks.bugs.ProjectionBugs.check;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A RabbitMQ-style queue consumer: prefetch windows and requeues reorder what was sent in order. */
final class QueueBugs {

    private QueueBugs() {}

    /** A ledger entry: amount 0 opens the account. */
    public record LedgerEntry(String account, long amount) {}

    /**
     * Opening an account fails once and is nacked with requeue; when the deposit already sits in the consumer's
     * prefetch window it runs first and finds no account, so the deposit is dropped. Fixed: a deposit for an
     * account not opened yet is parked and booked at the opening.
     */
    static BugSystem requeuedOpening() {
        return new BugSystem("requeued-opening", "a requeued account opening lets the prefetched deposit run first",
                1, 1, Faults.none(), broker -> requeuedOpening(broker, false), broker -> requeuedOpening(broker, true));
    }

    private static void requeuedOpening(FakeBroker broker, boolean fixed) {
        broker.declareQueue("ledger");
        Map<String, Long> balances = new HashMap<>();
        Map<String, List<Long>> parked = new HashMap<>();
        boolean[] flaky = {true};
        broker.consume("ledger", ConsumeOptions.defaults().prefetch(2).manualAck(), m -> {
            LedgerEntry entry = m.payloadAs(LedgerEntry.class);
            if (entry.amount() == 0) {
                if (flaky[0]) {
                    flaky[0] = false;
                    m.context().nack(true);
                    return;
                }
                long opening = 0;
                for (long amount : parked.getOrDefault(entry.account(), List.of())) {
                    opening += amount;
                }
                balances.put(entry.account(), opening);
            } else if (balances.containsKey(entry.account())) {
                balances.merge(entry.account(), entry.amount(), Long::sum);
            } else if (fixed) {
                parked.computeIfAbsent(entry.account(), a -> new ArrayList<>()).add(entry.amount());
            }
            m.context().ack();
        });
        broker.send("", "ledger", new LedgerEntry("a-1", 0));
        broker.send("", "ledger", new LedgerEntry("a-1", 50));
        broker.runUntilIdle();
        check(Long.valueOf(50).equals(balances.get("a-1")), "a-1 holds " + balances.get("a-1") + ", expected 50");
    }
}
