package dev.eventtestkit.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --debug}: print the stack trace of an error after its one-line message. Mixed into every command. */
final class DebugOption {

    static final String NAME = "--debug";

    @Option(names = NAME, description = "print the stack trace after an error's one-line message")
    boolean debug;

    /** @return true when {@code --debug} was given to the command or any of its subcommands */
    static boolean isSet(@Nullable ParseResult parsed) {
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption(NAME)) {
                return true;
            }
        }
        return false;
    }
}
