package dev.eventtestkit.cli;

import dev.eventtestkit.report.check.CheckOutcome;
import dev.eventtestkit.report.check.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code testkit check <root>}: every subject's compatibility at its configured level. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = TestkitCommand.Version.class,
        description = {"Checks every subject under <root> at its configured compatibility level (contracts.yaml).",
            "Also fails when a version released in --against changed or vanished."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compatible", "1:incompatible, or a released version changed or vanished",
            "2:bad input or usage", "3:internal error (a bug in testkit; --debug prints the stack trace)"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug = new DebugOption();

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "the contracts root, e.g. schemas")
    @Nullable Path root;

    @Option(names = "--format", defaultValue = "text", paramLabel = "<format>", converter = FormatConverter.class,
            description = "text, json, junit, sarif or html (default: ${DEFAULT-VALUE})")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--against", paramLabel = "<baselineDir>",
            description = "released contracts (e.g. the main branch's schemas): their versions must not change or vanish")
    @Nullable Path against;

    @Option(names = "--output", paramLabel = "<file>",
            description = "write the report to <file> and only the summary line to standard output")
    @Nullable Path output;

    @Override
    public Integer call() {
        PathArguments.requireNonEmpty(spec, root, "<root>");
        PathArguments.requireNonEmpty(spec, against, "--against");
        PathArguments.requireNonEmpty(spec, output, "--output");
        CheckOutcome outcome = CheckOutcome.check(root, against);
        String report = format.render(outcome);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
        } else {
            write(output, report);
            out.println(outcome.summary());
        }
        out.flush();
        return outcome.isCompatible() ? ExitCodes.COMPATIBLE : ExitCodes.INCOMPATIBLE;
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
            throw new UncheckedIOException(file + ": cannot write the report: " + reason, e);
        }
    }

    /** Reads {@code --format} with the same names and message as the Maven plugin's {@code <formats>}. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
