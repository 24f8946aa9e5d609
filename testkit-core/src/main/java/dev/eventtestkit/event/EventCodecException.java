package dev.eventtestkit.event;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** An event could not be turned into JSON or back; the message names the class and the cause. */
@API(status = API.Status.STABLE, since = "0.1")
public class EventCodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the class
     * @param cause the library's failure, or null
     */
    public EventCodecException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed, naming the class */
    public EventCodecException(String message) {
        super(message);
    }
}
