package dev.eventtestkit.event;

/** An event could not be turned into JSON or back; the message names the class and the cause. */
public class EventCodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
