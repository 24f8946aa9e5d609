package dev.eventtestkit.contract;

import java.nio.file.Path;
import java.util.List;
import dev.eventtestkit.event.Json;

/** The texts of contract assertion failures. */
final class ViolationMessages {

    private ViolationMessages() {}

    static String render(String subject, int version, Path file, List<Violation> violations, Json payload) {
        StringBuilder text = new StringBuilder()
                .append(subject).append(" v").append(version).append(" does not match its contract ").append(file).append(":\n");
        for (Violation violation : violations) {
            text.append("  ").append(violation).append('\n');
        }
        return text.append("payload: ").append(payload).toString();
    }

    static List<String> upcastFailures(EventContracts contracts, SubjectContract subject, ContractExample example) {
        Json upcast;
        try {
            upcast = contracts.upcast(subject.name(), example.version(), example.payload());
        } catch (ContractException e) {
            return List.of("  " + example.file() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return List.of("  " + example.file() + ": the upcaster threw " + e);
        }
        List<Violation> violations = contracts.validateQuietly(subject, subject.latest(), upcast);
        return violations.stream()
                .map(v -> "  " + example.file() + " -> v" + subject.latest() + ": " + v + " (upcast: " + upcast + ")")
                .toList();
    }
}
