package dev.eventtestkit.cucumber;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.Violation;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;

/** Validates events against their contracts and lists every one that does not conform, one line each. */
final class ContractCheck {

    /**
     * An event to validate.
     *
     * @param label where it is, e.g. {@code payment-events[0]@0} or {@code recorded event 2}
     */
    record Checked(String label, String type, int version, JsonNode payload) {}

    private ContractCheck() {}

    static void assertConform(EventContracts contracts, List<Checked> events, String what, String footer) {
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
                    + " found among " + events.size() + (events.size() == 1 ? " event" : " events") + ":\n" + text + footer,
                    "", text);
        }
    }
}
