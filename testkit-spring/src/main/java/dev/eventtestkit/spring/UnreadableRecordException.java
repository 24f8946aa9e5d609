package dev.eventtestkit.spring;

import org.apiguardian.api.API;

/**
 * Why a record went to the dead letters without reaching a listener: its payload could not be read as the type
 * the listener method takes. The message names the listener method, the target type, the record's position and
 * its JSON, e.g. {@code OrderListener.onPlaced(OrderPlaced) cannot read orders[0]@3 as com.example.OrderPlaced:
 * ...}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class UnreadableRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the one-line reason
     * @param cause the conversion or deserialization failure
     */
    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
