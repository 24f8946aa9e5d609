package dev.eventtestkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
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

    /** Reads the version Maven wrote into {@code testkit-cli.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"testkit " + version()};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = TestkitCommand.class.getResourceAsStream("/testkit-cli.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
