package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A crash is exit 3 with one line, never 1 (which CI reads as "incompatible"); --debug adds the stack trace. */
class InternalErrorTest {

    @Command(name = "testkit", subcommands = Crash.class)
    static final class Parent implements Runnable {
        @Mixin
        DebugOption debug = new DebugOption();

        @Override
        public void run() {}
    }

    @Command(name = "crash")
    static final class Crash implements Callable<Integer> {
        @Mixin
        DebugOption debug = new DebugOption();

        @Parameters(index = "0")
        String kind = "";

        @Override
        public Integer call() {
            switch (kind) {
                case "exception" -> throw new IllegalStateException("broken\ninvariant");
                case "overflow" -> throw new StackOverflowError();
                default -> throw new NoClassDefFoundError("Could not initialize class x.Y");
            }
        }
    }

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new Parent(), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    @Test
    void anUnexpectedExceptionExitsThreeWithOneLine() {
        CliRun run = run("crash", "exception");

        assertThat(run.err()).isEqualTo("testkit: internal error (a bug in testkit, please report it): "
                + "java.lang.IllegalStateException: broken ...; run again with --debug for the stack trace\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void anErrorSuchAsAStackOverflowExitsThreeToo() {
        CliRun overflow = run("crash", "overflow");
        CliRun linkage = run("crash", "linkage");

        assertThat(overflow.err()).isEqualTo("testkit: internal error (a bug in testkit, please report it): "
                + "java.lang.StackOverflowError; run again with --debug for the stack trace\n");
        assertThat(overflow.exitCode()).isEqualTo(3);
        assertThat(linkage.err()).isEqualTo("testkit: internal error (a bug in testkit, please report it): "
                + "java.lang.NoClassDefFoundError: Could not initialize class x.Y; run again with --debug for the stack trace\n");
        assertThat(linkage.exitCode()).isEqualTo(3);
    }

    @Test
    void debugPrintsTheStackTraceAfterTheLineWhereverItIsGiven() {
        CliRun afterSubcommand = run("crash", "exception", "--debug");
        CliRun beforeSubcommand = run("--debug", "crash", "overflow");

        assertThat(afterSubcommand.err()).startsWith("testkit: internal error (a bug in testkit, please report it): "
                + "java.lang.IllegalStateException: broken ...\njava.lang.IllegalStateException: broken\ninvariant\n\tat ");
        assertThat(afterSubcommand.exitCode()).isEqualTo(3);
        assertThat(beforeSubcommand.err()).startsWith("testkit: internal error (a bug in testkit, please report it): "
                + "java.lang.StackOverflowError\njava.lang.StackOverflowError\n\tat ");
        assertThat(beforeSubcommand.exitCode()).isEqualTo(3);
    }

    @Test
    void badInputStaysExitTwoAndDebugAddsItsTrace() {
        CliRun plain = CliRun.of("check", "no/such/root");
        CliRun debug = CliRun.of("check", "no/such/root", "--debug");

        assertThat(plain.err()).isEqualTo("testkit: no/such/root: contracts root not found; expected a directory of "
                + "<Subject>/v<N>.json files\n");
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(debug.err()).startsWith(plain.err() + "dev.eventtestkit.contract.ContractException: ");
        assertThat(debug.exitCode()).isEqualTo(2);
    }
}
