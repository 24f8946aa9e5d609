package dev.eventtestkit.report.check;

import dev.eventtestkit.report.html.CompatibilityHtml;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The formats a contracts check is reported in. {@code testkit check --format json} and the Maven plugin's
 * {@code <formats>} name them in lower case.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ReportFormat {
    /** One line per problem, then the summary line. */
    TEXT("eventtestkit-check.txt", TextReport::render),
    /** The {@code testkit-check/1} JSON document (docs/cli.md). */
    JSON("eventtestkit-check.json", JsonReport::render),
    /** JUnit XML: a test suite per subject, a test case per version. */
    JUNIT("TEST-eventtestkit-check.xml", JunitReport::render),
    /** SARIF 2.1.0, located at the schema line of each change, for code review annotations. */
    SARIF("eventtestkit-check.sarif", SarifReport::render),
    /**
     * One self-contained HTML page: per subject its versions in a row, each breaking change with its type, path,
     * the two schema fragments side by side, the hint and the witness event.
     */
    @API(status = API.Status.EXPERIMENTAL)
    HTML("eventtestkit-check.html", CompatibilityHtml::render);

    private final String fileName;
    private final Function<CheckOutcome, String> renderer;

    ReportFormat(String fileName, Function<CheckOutcome, String> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /**
     * @param outcome what the check found
     * @return the whole report in this format
     */
    public String render(CheckOutcome outcome) {
        return renderer.apply(outcome);
    }

    /** @return the name a report of this format gets in an output folder, e.g. {@code eventtestkit-check.sarif} */
    public String fileName() {
        return fileName;
    }

    /** @return the name users write: {@code text}, {@code json}, {@code junit}, {@code sarif}, {@code html} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a format's name, in any case
     * @return the format
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ReportFormat of(String id) {
        for (ReportFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format \"" + id + "\"; expected one of "
                + String.join(", ", Arrays.stream(values()).map(ReportFormat::id).toList()));
    }
}
