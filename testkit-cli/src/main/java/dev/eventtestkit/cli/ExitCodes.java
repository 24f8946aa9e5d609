package dev.eventtestkit.cli;

/** The exit codes CI relies on (docs/troubleshooting.md lists them). */
final class ExitCodes {

    static final int COMPATIBLE = 0;
    static final int INCOMPATIBLE = 1;
    static final int BAD_INPUT = 2;
    /** A bug in testkit, never a verdict: CI must not read a crash as "incompatible". */
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}
}
