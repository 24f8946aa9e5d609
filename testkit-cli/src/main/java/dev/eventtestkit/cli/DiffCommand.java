package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.Difference;
import dev.eventtestkit.contract.SchemaDiff;
import dev.eventtestkit.contract.SchemaFiles;
import dev.eventtestkit.contract.SchemaResolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Relative {@code $ref}s name files next to the old schema, else next to the new one. */
    private SchemaResolver siblings() {
        return uri -> {
            if (uri.isAbsolute()) {
                return "file".equals(uri.getScheme()) && Files.isRegularFile(Path.of(uri)) ? SchemaFiles.read(Path.of(uri)) : null;
            }
            for (Path schema : List.of(original, updated)) {
                Path folder = schema.toAbsolutePath().getParent();
                Path candidate = folder == null ? null : folder.resolve(uri.getPath()).normalize();
                if (candidate != null && Files.isRegularFile(candidate)) {
                    return SchemaFiles.read(candidate);
                }
            }
            return null;
        };
    }

    @Override
    public Integer call() {
        List<Difference> differences;
        try {
            differences = SchemaDiff.compare(SchemaFiles.read(original), SchemaFiles.read(updated), siblings());
        } catch (IllegalArgumentException e) {
            throw new ContractException(updated, "cannot compare with " + original + ": " + e.getMessage());
        }
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
