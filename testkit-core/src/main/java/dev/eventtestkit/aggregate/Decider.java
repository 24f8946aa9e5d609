package dev.eventtestkit.aggregate;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An aggregate in functional style: a state to start from, a decision that turns a command into events,
 * and an evolution that folds an event into the state.
 *
 * <pre>{@code
 * Decider<OrderCommand, OrderEvent, OrderState> orders = new Decider<>() {
 *     public OrderState initialState() { return OrderState.NONE; }
 *     public List<OrderEvent> decide(OrderCommand command, OrderState state) { ... }
 *     public OrderState evolve(OrderState state, OrderEvent event) { ... }
 * };
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Decider<C, E, S> {

    /** @return the state before any event; for immutable states the same value every time is fine */
    S initialState();

    /**
     * Decides what a command does in a state.
     *
     * @param command the command
     * @param state the current state
     * @return the events the command produces, in order; empty when it changes nothing, never null
     * @throws RuntimeException to reject the command; a fixture records it for {@code thenFails}
     */
    List<E> decide(C command, S state);

    /**
     * @param state the current state
     * @param event an event of this aggregate
     * @return the state after the event
     */
    S evolve(S state, E event);
}
