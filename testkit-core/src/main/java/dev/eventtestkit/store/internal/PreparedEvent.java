package dev.eventtestkit.store.internal;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * An event ready to append: serialized and validated. {@link #prepare} does a whole batch before anything is
 * written, so that one bad event leaves the stream as it was.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PreparedEvent {

    private final EventDescriptor descriptor;
    private final Json payload;

    private PreparedEvent(EventDescriptor descriptor, Json payload) {
        this.descriptor = descriptor;
        this.payload = payload;
    }

    /**
     * Serializes and validates every event of a batch.
     *
     * @param stream the stream, for messages
     * @param events the events
     * @param codec serializes them and names their types
     * @param validator checks each (a contract check); {@link EventValidator#ACCEPT_ALL} for none
     * @return the prepared events, in order
     * @throws NullPointerException for a null event, naming its place in the batch
     * @throws RuntimeException or {@link AssertionFailedError}: what the codec or the validator threw, its message
     *     prefixed with the stream and the event's place in the batch, and {@code nothing appended}
     */
    public static List<PreparedEvent> prepare(String stream, List<?> events, EventCodec codec, EventValidator validator) {
        List<PreparedEvent> prepared = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            String place = "append to " + stream + " refused, nothing appended: event " + (i + 1) + " of "
                    + events.size();
            if (event == null) {
                throw new NullPointerException(place + " is null");
            }
            EventDescriptor descriptor;
            Json payload;
            try {
                descriptor = codec.describe(event.getClass());
                payload = codec.toJson(event);
                validator.validate(event, descriptor, payload);
            } catch (AssertionFailedError e) {
                throw new AssertionFailedError(place + " (" + event.getClass().getName() + "): " + e.getMessage(), e);
            } catch (ContractException e) {
                throw named(new ContractException(place + ": " + e.getMessage()), e);
            } catch (RuntimeException e) {
                throw named(new IllegalArgumentException(place + " (" + event.getClass().getName() + "): " + e.getMessage()), e);
            }
            prepared.add(new PreparedEvent(descriptor, payload));
        }
        return prepared;
    }

    private static RuntimeException named(RuntimeException named, Throwable cause) {
        named.initCause(cause);
        return named;
    }

    /** @return the event type name */
    public String type() {
        return descriptor.name();
    }

    /** @return the contract version */
    public int schemaVersion() {
        return descriptor.version();
    }

    /** @return the type name and version */
    public EventDescriptor descriptor() {
        return descriptor;
    }

    /** @return the payload */
    public Json payload() {
        return payload;
    }

    /** @return the payload as JSON text */
    public String payloadJson() {
        return payload.toString();
    }
}
