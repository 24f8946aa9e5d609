package dev.eventtestkit.benchmarks.bugs;

import static dev.eventtestkit.benchmarks.bugs.ProjectionBugs.check;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Consumers that assume each record arrives once, or that a redelivery comes right after the original. */
final class DeliveryBugs {

    private DeliveryBugs() {}

    /** An order to charge. */
    public record OrderPlaced(String orderId, long amount) {}

    /** A mail to send. */
    public record MailRequested(String mailId, String to) {}

    /** A customer's address at a version. */
    public record AddressChanged(String customerId, String street, long version) {}

    /** Points earned by a customer. */
    public record PointsEarned(String customerId, long points) {}

    /** Billing charges on every delivery: a duplicate charges twice. Fixed: remember the message ids charged. */
    static BugSystem doubleCharge() {
        return new BugSystem("double-charge", "a duplicate delivery charges the order twice", 1, 1,
                Faults.builder().duplicates(0.05).build(), broker -> doubleCharge(broker, false),
                broker -> doubleCharge(broker, true));
    }

    private static void doubleCharge(FakeBroker broker, boolean fixed) {
        Map<String, Integer> charges = new HashMap<>();
        Set<String> seen = new HashSet<>();
        broker.subscribe("orders", "billing", m -> {
            if (fixed && !seen.add(m.id())) {
                return;
            }
            charges.merge(m.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum);
        });
        for (int i = 1; i <= 4; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, 10L * i));
        }
        broker.runUntilIdle();
        for (int i = 1; i <= 4; i++) {
            check(charges.get("o-" + i) == 1, "o-" + i + " charged " + charges.get("o-" + i) + " times");
        }
    }

    /**
     * The mailer sends, then its ack is lost: the redelivery sends again. Fixed: an outbox keyed by the message
     * id sends once.
     */
    static BugSystem mailTwice() {
        return new BugSystem("mail-twice", "an ack lost after sending sends the mail again", 1, 1,
                Faults.builder().crashBeforeAck(0.05).build(), broker -> mailTwice(broker, false),
                broker -> mailTwice(broker, true));
    }

    private static void mailTwice(FakeBroker broker, boolean fixed) {
        List<String> sent = new ArrayList<>();
        Set<String> outbox = new HashSet<>();
        broker.subscribe("mails", "mailer", m -> {
            if (fixed && !outbox.add(m.id())) {
                return;
            }
            sent.add(m.payloadAs(MailRequested.class).mailId());
        });
        for (int i = 1; i <= 4; i++) {
            broker.publish("mails", "m-" + i, new MailRequested("m-" + i, "user" + i + "@example.com"));
        }
        broker.runUntilIdle();
        check(sent.size() == 4, "sent " + sent + ", expected each of 4 mails once");
    }

    /**
     * Points are deduplicated against the last message id only: a duplicate that arrives right after its
     * original is caught, one that comes after a record of another partition is counted again. Needs the
     * duplicate and the departure. Fixed: a set of ids.
     */
    static BugSystem lastIdDedupe() {
        return new BugSystem("last-id-dedupe", "a duplicate that comes after another record escapes a last-id check",
                2, 2, Faults.builder().duplicates(0.1).build(), broker -> lastIdDedupe(broker, false),
                broker -> lastIdDedupe(broker, true));
    }

    private static void lastIdDedupe(FakeBroker broker, boolean fixed) {
        broker.createTopic("points", 2);
        long[] points = {0};
        String[] last = {""};
        Set<String> seen = new HashSet<>();
        broker.subscribe("points", "loyalty", m -> {
            boolean repeat = fixed ? !seen.add(m.id()) : m.id().equals(last[0]);
            last[0] = m.id();
            if (!repeat) {
                points[0] += m.payloadAs(PointsEarned.class).points();
            }
        });
        broker.publish("points", 0, "c-1", new PointsEarned("c-1", 10), Map.of());
        broker.publish("points", 1, "c-2", new PointsEarned("c-2", 5), Map.of());
        broker.runUntilIdle();
        check(points[0] == 15, "points " + points[0] + ", expected 15");
    }

    /**
     * Last write wins on an address, by arrival: a duplicate of the old address delivered after the new one
     * (one partition, so only a duplicate can come late) writes it back. Needs the duplicate and the departure.
     * Fixed: write only a newer version.
     */
    static BugSystem staleDuplicate() {
        return new BugSystem("stale-duplicate", "a late duplicate of the old address overwrites the new one", 2, 2,
                Faults.builder().duplicates(0.1).build(), broker -> staleDuplicate(broker, false),
                broker -> staleDuplicate(broker, true));
    }

    private static void staleDuplicate(FakeBroker broker, boolean fixed) {
        Map<String, AddressChanged> addresses = new HashMap<>();
        broker.subscribe("customers", "addresses", m -> {
            AddressChanged change = m.payloadAs(AddressChanged.class);
            AddressChanged current = addresses.get(change.customerId());
            if (!fixed || current == null || change.version() > current.version()) {
                addresses.put(change.customerId(), change);
            }
        });
        broker.publish("customers", "c-1", new AddressChanged("c-1", "1 Old Street", 1));
        broker.publish("customers", "c-1", new AddressChanged("c-1", "2 New Street", 2));
        broker.runUntilIdle();
        String street = addresses.get("c-1").street();
        check(street.equals("2 New Street"), "c-1 lives at " + street + ", expected 2 New Street");
    }
}
