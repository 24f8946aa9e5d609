package dev.eventtestkit.event;

/**
 * Checks one event, for instance against its JSON Schema contract; fixtures pass every event they see
 * through it.
 *
 * <pre>{@code
 * AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
 *         AggregateFixture.forDecider(Order.DECIDER).withValidator(event -> contracts.check(event));
 * }</pre>
 */
@FunctionalInterface
public interface EventValidator {

    /**
     * Accepts a valid event, or throws.
     *
     * @param event the event object, never null
     * @throws RuntimeException or {@link AssertionError} when the event is invalid; the fixture lets it
     *     propagate unchanged, so its message is what the test reports
     */
    void validate(Object event);
}
