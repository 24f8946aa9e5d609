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

/** {@code testkit diff <old> <new>}: the typed differences of two JSON Schemas or two Avro schemas, one per line. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = TestkitCommand.Version.class,
        description = {"Prints the typed differences between two JSON Schemas, or two Avro schemas (.avsc), one per line.",
            "Each is marked compatible or INCOMPATIBLE for BACKWARD (new reads old data) under --policy,",
            "the incompatible ones with a witness payload where one is found."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no backward-incompatible difference", "1:a backward-incompatible difference",
            "2:bad input or usage", "3:internal error (a bug in testkit; --debug prints the stack trace)"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug = new DebugOption();

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old>", description = "the original schema (.json, or .avsc for Avro)")
    @Nullable Path original;

    @Parameters(index = "1", paramLabel = "<new>", description = "the updated schema, in the same format")
    @Nullable Path updated;

    @Option(names = "--policy", defaultValue = "STRICT", paramLabel = "<policy>",
            description = "STRICT (schema registry verdicts) or LENIENT (default: ${DEFAULT-VALUE}); Avro verdicts do not depend on it")
    CompatibilityPolicy policy = CompatibilityPolicy.STRICT;

    @Override
    public Integer call() {
        PathArguments.requireNonEmpty(spec, original, "<old>");
        PathArguments.requireNonEmpty(spec, updated, "<new>");
        DiffOutcome outcome = DiffOutcome.diff(original, updated, policy);
        PrintWriter out = spec.commandLine().getOut();
        out.print(outcome.render());
        out.flush();
        return outcome.isCompatible() ? ExitCodes.COMPATIBLE : ExitCodes.INCOMPATIBLE;
    }
}
