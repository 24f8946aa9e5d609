package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import dev.eventtestkit.contract.ReleasedVersions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a contracts check found: every subject's compatibility at its configured level and, against a baseline,
 * the released versions that changed or vanished.
 *
 * <pre>{@code
 * CheckOutcome outcome = CheckOutcome.check(Path.of("schemas"), null);
 * System.out.print(ReportFormat.TEXT.render(outcome));
 * }</pre>
 *
 * @param contracts the contracts checked
 * @param report their compatibility
 * @param released the released versions (present in the baseline) that changed or vanished; empty without one
 */
@API(status = API.Status.EXPERIMENTAL)
public record CheckOutcome(EventContracts contracts, CompatibilityReport report, List<ReleasedVersionProblem> released) {

    public CheckOutcome {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(report, "report");
        released = List.copyOf(released);
    }

    /**
     * Loads and checks a contracts root, and compares it with a baseline when one is given.
     *
     * @param root the contracts root, e.g. {@code schemas}
     * @param against the released contracts (e.g. the main branch's {@code schemas}); null for none
     * @return the outcome
     * @throws dev.eventtestkit.contract.ContractException for bad input in either root, naming the file
     */
    public static CheckOutcome check(Path root, @Nullable Path against) {
        EventContracts contracts = EventContracts.load(root);
        List<ReleasedVersionProblem> released = against == null
                ? List.of()
                : ReleasedVersions.check(EventContracts.load(against), contracts);
        return new CheckOutcome(contracts, contracts.checkCompatibility(), released);
    }

    /** @return true when every version is compatible and no released version changed or vanished */
    public boolean isCompatible() {
        return report.isCompatible() && released.isEmpty();
    }

    /** @return e.g. {@code 3 subjects, 7 versions checked: 1 incompatible; 1 released version changed or vanished} */
    public String summary() {
        int n = released.size();
        return report.summary() + (n == 0 ? "" : "; " + n + " released version" + (n == 1 ? "" : "s")
                + " changed or vanished");
    }
}
