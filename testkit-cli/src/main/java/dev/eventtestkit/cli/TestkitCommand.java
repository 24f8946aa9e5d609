package dev.eventtestkit.cli;

import dev.eventtestkit.report.check.KitVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code testkit}: the parent of {@code check} and {@code diff}. */
@Command(name = "testkit",
        mixinStandardHelpOptions = true,
        versionProvider = TestkitCommand.Version.class,
        description = "Checks versioned JSON Schema event contracts.",
        subcommands = {CheckCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compatible", "1:incompatible", "2:bad input or usage", "3:internal error (a bug in testkit; --debug prints the stack trace)"})
final class TestkitCommand implements Runnable {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: check or diff");
    }

    /** The kit's version, as core's build wrote it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"testkit " + KitVersion.current()};
        }
    }
}
