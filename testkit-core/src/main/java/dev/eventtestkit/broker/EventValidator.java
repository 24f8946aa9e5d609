package dev.eventtestkit.broker;

import dev.eventtestkit.event.EventDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * Checks every event a {@link FakeBroker} is asked to publish, before it is stored; contract validation
 * plugs in here.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder()
 *         .validator((event, descriptor, payload) -> {
 *             if (!payload.has("orderId")) throw new IllegalArgumentException("no orderId");
 *         })
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface EventValidator {

    /** A validator that accepts everything; the default. */
    EventValidator ACCEPT_ALL = (event, descriptor, payload) -> {};

    /**
     * @param event the event object as published
     * @param descriptor its type name and contract version
     * @param payload its JSON form, as consumers will see it
     * @throws RuntimeException (or an {@code AssertionError}) describing the violation; the publish fails
     *     with it and nothing is stored
     */
    void validate(Object event, EventDescriptor descriptor, JsonNode payload);
}
