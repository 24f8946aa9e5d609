package dev.eventtestkit.cli;

import java.util.function.Function;

/** The output formats of {@code testkit check}; lower-case so that {@code --format json} reads naturally. */
enum ReportFormat {
    text(TextReport::render),
    json(JsonReport::render),
    junit(JunitReport::render),
    sarif(SarifReport::render);

    private final Function<CheckOutcome, String> renderer;

    ReportFormat(Function<CheckOutcome, String> renderer) {
        this.renderer = renderer;
    }

    String render(CheckOutcome outcome) {
        return renderer.apply(outcome);
    }
}
