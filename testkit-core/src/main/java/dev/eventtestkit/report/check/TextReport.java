package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ReleasedVersionProblem;

/** One line per problem, then the summary line. */
final class TextReport {

    private TextReport() {}

    static String render(CheckOutcome outcome) {
        StringBuilder text = new StringBuilder();
        for (CompatibilityReport.Problem problem : outcome.report().problems()) {
            text.append(problem.line()).append('\n');
        }
        for (ReleasedVersionProblem problem : outcome.released()) {
            text.append(problem.line()).append('\n');
        }
        return text.append(outcome.summary()).append('\n').toString();
    }
}
