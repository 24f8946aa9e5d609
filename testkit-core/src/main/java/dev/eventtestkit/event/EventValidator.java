package dev.eventtestkit.event;

import org.apiguardian.api.API;

/**
 * Checks one event, for instance against its JSON Schema contract. The aggregate fixture passes every given
 * and produced event through it; the fake broker every publish.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder()
 *         .validator((event, descriptor, payload) -> {
 *             if (!payload.has("orderId")) throw new IllegalArgumentException("no orderId in " + descriptor);
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Contract checks need no lambda: {@code fixture.withContracts(contracts)} and
 * {@code FakeBroker.builder().contracts(contracts)} plug {@code EventContracts} in here.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EventValidator {

    /** A validator that accepts everything; the default. */
    EventValidator ACCEPT_ALL = (event, descriptor, payload) -> {};

    /**
     * Accepts a valid event, or throws.
     *
     * @param event the event object, never null
     * @param descriptor its type name and contract version
     * @param payload its JSON form, as the codec writes it and consumers read it
     * @throws RuntimeException or {@link AssertionError} describing the violation; fixtures and brokers let
     *     it propagate unchanged, so its message is what the test reports
     */
    void validate(Object event, EventDescriptor descriptor, Json payload);
}
