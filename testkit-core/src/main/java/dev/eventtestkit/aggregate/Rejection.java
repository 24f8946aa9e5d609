package dev.eventtestkit.aggregate;

/**
 * A command that threw instead of deciding.
 *
 * @param command the rejected command
 * @param cause what it threw
 * @param byDeadline whether a deadline fired it, rather than the scenario's {@code when}
 */
record Rejection(Object command, Throwable cause, boolean byDeadline) {

    /** @return the exception as messages show it, e.g. {@code java.lang.IllegalStateException: not paid} */
    String describe() {
        String message = cause.getMessage();
        return cause.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
