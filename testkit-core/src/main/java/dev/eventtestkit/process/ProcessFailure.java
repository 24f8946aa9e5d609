package dev.eventtestkit.process;

/**
 * The process threw while reacting.
 *
 * @param event what it was reacting to
 * @param instance the association value of its instance
 * @param cause what it threw
 * @param byDeadline whether a deadline's message, rather than the scenario's event
 */
record ProcessFailure(Object event, String instance, Throwable cause, boolean byDeadline) {

    /** @return the exception as messages show it, e.g. {@code java.lang.IllegalStateException: no line} */
    String describe() {
        String message = cause.getMessage();
        return cause.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
