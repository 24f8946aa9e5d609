package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.report.check.DiffOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code testkit diff <old.json> <new.json>}: the typed differences, one per line. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = TestkitCommand.Version.class,
        description = {"Prints the typed differences between two JSON Schemas, one per line.",
            "Each is marked compatible or INCOMPATIBLE for BACKWARD (new reads old data) under --policy."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no backward-incompatible difference", "1:a backward-incompatible difference",
            "2:bad input or usage", "3:internal error (a bug in testkit; --debug prints the stack trace)"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug = new DebugOption();

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old.json>", description = "the original schema")
    @Nullable Path original;

    @Parameters(index = "1", paramLabel = "<new.json>", description = "the updated schema")
    @Nullable Path updated;

    @Option(names = "--policy", defaultValue = "STRICT", paramLabel = "<policy>",
            description = "STRICT (schema registry verdicts) or LENIENT (default: ${DEFAULT-VALUE})")
    CompatibilityPolicy policy = CompatibilityPolicy.STRICT;

    @Override
    public Integer call() {
        PathArguments.requireNonEmpty(spec, original, "<old.json>");
        PathArguments.requireNonEmpty(spec, updated, "<new.json>");
        DiffOutcome outcome = DiffOutcome.diff(original, updated, policy);
        PrintWriter out = spec.commandLine().getOut();
        out.print(outcome.render());
        out.flush();
        return outcome.isCompatible() ? ExitCodes.COMPATIBLE : ExitCodes.INCOMPATIBLE;
    }
}
