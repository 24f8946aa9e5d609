package dev.eventtestkit.cli;

/** The exit codes CI relies on. */
final class ExitCodes {

    static final int COMPATIBLE = 0;
    static final int INCOMPATIBLE = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
