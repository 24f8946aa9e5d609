package dev.eventtestkit.cli;

import dev.eventtestkit.contract.ContractException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The {@code testkit} command line. Exit codes: 0 compatible, 1 incompatible, 2 bad input or usage.
 *
 * <pre>{@code
 * java -jar testkit-cli-all.jar check schemas --format sarif --output testkit.sarif
 * }</pre>
 */
public final class Main {

    private Main() {}

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments, e.g. {@code check schemas}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the command line in-process.
     *
     * @param out where reports go
     * @param err where errors and usage go
     * @param args the arguments
     * @return the exit code: 0 compatible, 1 incompatible, 2 bad input or usage
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TestkitCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::handle);
        return commandLine.execute(args);
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ContractException || e instanceof UncheckedIOException) {
            err.println("testkit: " + e.getMessage());
        } else {
            err.println("testkit: internal error, please report it: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
