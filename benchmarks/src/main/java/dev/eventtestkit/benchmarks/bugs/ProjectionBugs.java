package dev.eventtestkit.benchmarks.bugs;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.RetryAfter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read models that assume the order of events published to different partitions or topics. */
final class ProjectionBugs {

    private ProjectionBugs() {}

    /** A full balance snapshot of an account, at a version. */
    public record BalanceSnapshotted(String account, long balance, long version) {}

    /** Money deposited, the account's next version. */
    public record AmountDeposited(String account, long amount, long version) {}

    /** Money taken out of an account. */
    public record AmountWithdrawn(String account, long amount) {}

    /** An order paid. */
    public record OrderPaid(String orderId) {}

    /** An order shipped; only a paid order ships. */
    public record OrderShipped(String orderId) {}

    /** A user renamed, at the user's version. */
    public record UserRenamed(String userId, String name, long version) {}

    /** A greeting to send after the rename at {@code afterVersion}. */
    public record GreetingRequested(String userId, long afterVersion) {}

    /**
     * Snapshots (one topic) overwrite the balance, deposits (another) add to it. A deposit projected before the
     * older snapshot is overwritten by it: lost. Fixed: apply versions in order, parking what comes early.
     */
    static BugSystem lostUpdate() {
        return new BugSystem("lost-update", "a deposit projected before an older snapshot is overwritten by it", 1, 1,
                Faults.none(), broker -> lostUpdate(broker, false), broker -> lostUpdate(broker, true));
    }

    private static void lostUpdate(FakeBroker broker, boolean fixed) {
        long[] balance = {0};
        long[] version = {0};
        Map<Long, Runnable> parked = new HashMap<>();
        Runnable[] drain = new Runnable[1];
        drain[0] = () -> {
            Runnable next;
            while ((next = parked.remove(version[0] + 1)) != null) {
                next.run();
            }
        };
        broker.subscribe("snapshots", "balances", m -> {
            BalanceSnapshotted snapshot = m.payloadAs(BalanceSnapshotted.class);
            Runnable apply = () -> {
                balance[0] = snapshot.balance();
                version[0] = snapshot.version();
            };
            inOrder(fixed, snapshot.version(), version, parked, apply, drain[0]);
        });
        broker.subscribe("deposits", "balances", m -> {
            AmountDeposited deposit = m.payloadAs(AmountDeposited.class);
            Runnable apply = () -> {
                balance[0] += deposit.amount();
                version[0] = deposit.version();
            };
            inOrder(fixed, deposit.version(), version, parked, apply, drain[0]);
        });
        broker.publish("snapshots", "a-1", new BalanceSnapshotted("a-1", 100, 1));
        broker.publish("deposits", "a-1", new AmountDeposited("a-1", 50, 2));
        broker.runUntilIdle();
        check(balance[0] == 150, "balance of a-1 is " + balance[0] + ", expected 150");
    }

    private static void inOrder(boolean fixed, long at, long[] version, Map<Long, Runnable> parked, Runnable apply,
            Runnable drain) {
        if (fixed && at != version[0] + 1) {
            parked.put(at, apply);
            return;
        }
        apply.run();
        drain.run();
    }

    /**
     * A deposit of 100 (partition 0) and two partitions of three withdrawals of 20 each, from an opening balance
     * of 100. The projection clamps the balance at zero, which loses money only when the deposit comes after all
     * six withdrawals: one constraint (the deposit last), six departures from the default order. Fixed: no clamp
     * (an intermediate overdraft is a fact, not an error).
     */
    static BugSystem overdraftClamp() {
        long[][] withdrawals = {{20, 20, 20}, {20, 20, 20}};
        return new BugSystem("overdraft-clamp", "clamping at zero loses money when the deposit comes after every withdrawal",
                1, 6, Faults.none(), broker -> clamp(broker, false, 100, 100, withdrawals),
                broker -> clamp(broker, true, 100, 100, withdrawals));
    }

    /**
     * Stock levels: a restock of 100 (partition 0), and six reservations of 20 on partition 1, from a level of 100;
     * the clamp at zero loses stock only when the restock is kept back behind all six reservations of the other
     * partition: one constraint, six departures in a row.
     */
    static BugSystem stockClamp() {
        long[][] reservations = {{20, 20, 20, 20, 20, 20}};
        return new BugSystem("stock-clamp", "clamping at zero loses stock when the restock comes after every reservation",
                1, 6, Faults.none(), broker -> clamp(broker, false, 100, 100, reservations),
                broker -> clamp(broker, true, 100, 100, reservations));
    }

    private static void clamp(FakeBroker broker, boolean fixed, long opening, long credit, long[][] debits) {
        broker.createTopic("ledger", 1 + debits.length);
        long[] level = {opening};
        broker.subscribe("ledger", "levels", m -> {
            if (m.type().equals("AmountDeposited")) {
                level[0] += m.payloadAs(AmountDeposited.class).amount();
            } else {
                long next = level[0] - m.payloadAs(AmountWithdrawn.class).amount();
                level[0] = fixed ? next : Math.max(0, next);
            }
        });
        broker.publish("ledger", 0, "a-1", new AmountDeposited("a-1", credit, 1), Map.of());
        long expected = opening + credit;
        for (int partition = 1; partition <= debits.length; partition++) {
            for (long debit : debits[partition - 1]) {
                broker.publish("ledger", partition, "a-1", new AmountWithdrawn("a-1", debit), Map.of());
                expected -= debit;
            }
        }
        broker.runUntilIdle();
        check(level[0] == expected, "level of a-1 is " + level[0] + ", expected " + expected);
    }

    /**
     * Payments and shipments are different topics. The state machine ignores a shipment of an order not paid yet,
     * so a shipment that overtakes its payment is lost. Fixed: park it until the payment arrives.
     */
    static BugSystem outOfOrderStateMachine() {
        return new BugSystem("out-of-order-state-machine", "a shipment that overtakes its payment is dropped as invalid",
                1, 1, Faults.none(), broker -> stateMachine(broker, false), broker -> stateMachine(broker, true));
    }

    private static void stateMachine(FakeBroker broker, boolean fixed) {
        Map<String, String> state = new HashMap<>();
        List<String> parked = new ArrayList<>();
        broker.subscribe("payments", "tracking", m -> {
            String order = m.payloadAs(OrderPaid.class).orderId();
            state.put(order, "PAID");
            if (parked.remove(order)) {
                state.put(order, "SHIPPED");
            }
        });
        broker.subscribe("warehouse", "tracking", m -> {
            String order = m.payloadAs(OrderShipped.class).orderId();
            if ("PAID".equals(state.get(order))) {
                state.put(order, "SHIPPED");
            } else if (fixed) {
                parked.add(order);
            }
        });
        broker.publish("payments", "o-1", new OrderPaid("o-1"));
        broker.publish("warehouse", "o-1", new OrderShipped("o-1"));
        broker.runUntilIdle();
        check("SHIPPED".equals(state.get("o-1")), "o-1 is " + state.get("o-1") + ", expected SHIPPED");
    }

    /**
     * A rename is projected by one group, a greeting rendered by another from that projection. A greeting that
     * overtakes the rename greets the old name. Fixed: the greeting carries the version it follows and waits
     * (a retry after 100 ms) until the projection has it.
     */
    static BugSystem readYourWrites() {
        return new BugSystem("read-your-writes", "a greeting rendered before the rename is projected uses the old name",
                1, 1, Faults.none(), broker -> readYourWrites(broker, false), broker -> readYourWrites(broker, true));
    }

    private static void readYourWrites(FakeBroker broker, boolean fixed) {
        Map<String, UserRenamed> profiles = new HashMap<>();
        List<String> greetings = new ArrayList<>();
        broker.subscribe("users", "profiles", m -> {
            UserRenamed renamed = m.payloadAs(UserRenamed.class);
            profiles.put(renamed.userId(), renamed);
        });
        broker.subscribe("greetings", "greeter", (Message m) -> {
            GreetingRequested request = m.payloadAs(GreetingRequested.class);
            UserRenamed profile = profiles.get(request.userId());
            long known = profile == null ? 0 : profile.version();
            if (fixed && known < request.afterVersion()) {
                throw new RetryAfter(Duration.ofMillis(100), new IllegalStateException("profile not projected yet"));
            }
            greetings.add("Hello " + (profile == null ? request.userId() : profile.name()));
        });
        broker.publish("users", "u-1", new UserRenamed("u-1", "Ada", 1));
        broker.publish("greetings", "u-1", new GreetingRequested("u-1", 1));
        broker.runUntilIdle();
        broker.clock().advance(Duration.ofSeconds(1));
        check(greetings.equals(List.of("Hello Ada")), "greetings " + greetings + ", expected [Hello Ada]");
    }

    static void check(boolean holds, String otherwise) {
        if (!holds) {
            throw new AssertionError(otherwise);
        }
    }
}
