package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.Violation;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.report.Plural;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import dev.eventtestkit.event.Json;

/** Validates events against their contracts and lists every one that does not conform, one line each. */
final class ContractCheck {

    /**
     * An event to validate.
     *
     * @param label where it is, e.g. {@code payment-events[0]@0} or {@code recorded event 2}
     */
    record Checked(String label, String type, int version, Json payload) {}

    private ContractCheck() {}

    /** Checks every record published in the scenario, by the steps or by consumers. */
    static void published(ScenarioWorld world) {
        EventContracts contracts = world.contracts("every published event conforms to its contract");
        List<Checked> checked = new ArrayList<>();
        for (Message message : new BrokerChecks(world).allPublished()) {
            checked.add(new Checked(message.position(), message.type(), message.version(), message.payload()));
        }
        assertConform(contracts, checked, "published", world.seedLine());
    }

    /** Checks every event the scenario's commands and deadlines recorded (not the given ones). */
    static void recorded(ScenarioWorld world) {
        EventContracts contracts = world.contracts("every recorded event conforms to its contract");
        EventCodec codec = world.registrations.codec;
        List<Checked> checked = new ArrayList<>();
        List<Object> recorded = world.aggregates.allRecorded();
        for (int i = 0; i < recorded.size(); i++) {
            Object event = recorded.get(i);
            EventDescriptor descriptor = codec.describe(event.getClass());
            checked.add(new Checked("recorded event " + (i + 1), descriptor.name(), descriptor.version(),
                    codec.toJson(event)));
        }
        assertConform(contracts, checked, "recorded", "");
    }

    private static void assertConform(EventContracts contracts, List<Checked> events, String what, String footer) {
        List<String> problems = new ArrayList<>();
        for (Checked event : events) {
            String prefix = "  " + event.label() + " " + event.type() + " v" + event.version() + ": ";
            try {
                List<Violation> violations = contracts.validate(event.type(), event.version(), event.payload());
                for (Violation violation : violations) {
                    problems.add(prefix + violation + " (" + violation.schemaFile() + ")");
                }
            } catch (ContractException e) {
                problems.add(prefix + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String text = String.join("\n", problems);
            throw new AssertionFailedError("Expected every " + what + " event to conform to its contract in "
                    + contracts.root() + ", but " + problems.size() + (problems.size() == 1 ? " violation was" : " violations were")
                    + " found among " + Plural.of(events.size(), "event") + ":\n" + text + footer,
                    "", text);
        }
    }
}
