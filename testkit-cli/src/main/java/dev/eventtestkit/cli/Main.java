package dev.eventtestkit.cli;

import dev.eventtestkit.contract.ContractException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import picocli.CommandLine;

/**
 * The {@code testkit} command line. Exit codes: 0 compatible, 1 incompatible, 2 bad input or usage, 3 internal
 * error (a bug in testkit; one line, and the stack trace with {@code --debug}).
 *
 * <pre>{@code
 * java -jar testkit-cli-all.jar check schemas --format sarif --output testkit.sarif
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
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
     * @return the exit code: 0 compatible, 1 incompatible, 2 bad input or usage, 3 internal error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new TestkitCommand(), out, err, args);
    }

    /** Runs any picocli command as {@code testkit} runs its own (tests pass commands that fail on purpose). */
    static int run(Object command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usage)
                .setExecutionExceptionHandler((e, failed, parsed) -> handle(e, failed.getErr(), DebugOption.isSet(parsed)));
        try {
            return commandLine.execute(args);
        } catch (Throwable e) { // picocli hands only Exceptions to the handler: an Error (a stack overflow) lands here
            return handle(e, err, DebugOption.isSet(commandLine.getParseResult()));
        }
    }

    /** Bad usage: one line, the closest option when one was misspelt, and where the help is. */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        String message = String.join("; ", e.getMessage().lines().map(String::strip).toList());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        PrintWriter err = failed.getErr();
        err.println("testkit: " + message + "; see '" + failed.getCommandSpec().qualifiedName() + " --help'");
        if (DebugOption.isSet(failed.getParseResult())) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Throwable e, PrintWriter err, boolean debug) {
        int exitCode;
        if (e instanceof ContractException || e instanceof UncheckedIOException) {
            err.println("testkit: " + e.getMessage());
            exitCode = ExitCodes.BAD_INPUT;
        } else {
            err.println("testkit: internal error (a bug in testkit, please report it): " + firstLine(e.toString())
                    + (debug ? "" : "; run again with --debug for the stack trace"));
            exitCode = ExitCodes.INTERNAL_ERROR;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).stripTrailing() + " ...";
    }
}
