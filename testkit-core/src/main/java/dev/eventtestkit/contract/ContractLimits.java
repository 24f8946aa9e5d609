package dev.eventtestkit.contract;

/**
 * The limits contract work stops at, each with a one-line {@link ContractException} naming the file and the
 * limit (docs/troubleshooting.md lists them). They are far beyond what real contracts need, and low enough that
 * nothing runs out of stack or memory before them.
 */
final class ContractLimits {

    /** The largest schema, example or {@code contracts.yaml} file read, in bytes (16 MiB). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** How deeply objects and arrays may nest in a schema, example or {@code contracts.yaml} file. */
    static final int MAX_NESTING = 500;

    /**
     * How deeply schemas may nest, counted through {@code $ref}s: nested evaluations when validating a payload,
     * nested comparisons and chained references when comparing schemas.
     */
    static final int MAX_DEPTH = 10_000;

    /** How many evaluation steps one validation may take before it is stopped (it would not end in time). */
    static final long MAX_EVALUATION_STEPS = 100_000_000L;

    /** Validation runs on the caller's own stack up to this depth, and continues on a {@link DeepStack} beyond. */
    static final int CALLER_STACK_DEPTH = 128;

    private ContractLimits() {}
}
