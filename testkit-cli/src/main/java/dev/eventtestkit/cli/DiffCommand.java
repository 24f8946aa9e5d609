package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.Difference;
import dev.eventtestkit.contract.SchemaDiff;
import dev.eventtestkit.contract.SchemaFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
            "2:bad input or usage"})
final class DiffCommand implements Callable<Integer> {

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
        List<Difference> differences = SchemaDiff.compare(SchemaFiles.read(original), SchemaFiles.read(updated));
        PrintWriter out = spec.commandLine().getOut();
        long incompatible = 0;
        for (Difference difference : differences) {
            boolean compatible = difference.type().isBackwardCompatible(policy);
            incompatible += compatible ? 0 : 1;
            out.println(difference + (compatible ? " (compatible)" : " (INCOMPATIBLE)"));
        }
        out.println(differences.size() + (differences.size() == 1 ? " difference, " : " differences, ") + incompatible
                + " incompatible for BACKWARD under " + policy);
        out.flush();
        return incompatible == 0 ? ExitCodes.COMPATIBLE : ExitCodes.INCOMPATIBLE;
    }
}
