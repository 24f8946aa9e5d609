package dev.eventtestkit.contract;

import dev.eventtestkit.report.ClosestName;
import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
final class Names {

    private Names() {}

    static Optional<String> closest(String wanted, Collection<String> known) {
        return ClosestName.of(wanted, known);
    }

    static String knownAndClosest(String wanted, Collection<String> known) {
        String list = known.isEmpty() ? "(none)" : String.join(", ", known);
        return "known: " + list + closest(wanted, known).map(c -> " (did you mean " + c + "?)").orElse("");
    }
}
