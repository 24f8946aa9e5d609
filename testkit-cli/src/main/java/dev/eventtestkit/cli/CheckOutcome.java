package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import java.util.List;

/** What {@code testkit check} found: the compatibility report and, with {@code --against}, the release check. */
record CheckOutcome(EventContracts contracts, CompatibilityReport report, List<ReleasedVersionProblem> released) {

    boolean isCompatible() {
        return report.isCompatible() && released.isEmpty();
    }

    /** @return e.g. {@code 3 subjects, 7 versions checked: 1 incompatible; 1 released version changed or vanished} */
    String summary() {
        int n = released.size();
        return report.summary() + (n == 0 ? "" : "; " + n + " released version" + (n == 1 ? "" : "s")
                + " changed or vanished");
    }
}
