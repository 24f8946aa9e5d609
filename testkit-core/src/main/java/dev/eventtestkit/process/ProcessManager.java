package dev.eventtestkit.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A process manager (a saga) in functional style: an instance per association value (an order id), a state
 * per instance, and a reaction to each event: the new state, the commands to send, the deadlines to schedule
 * or cancel. A deadline delivers its message back to the instance that scheduled it, through {@code react}.
 *
 * <pre>{@code
 * public final class OrderSaga implements ProcessManager<Object, Object, SagaState> {
 *     public String associationProperty() { return "orderId"; }
 *     public SagaState initialState() { return SagaState.NEW; }
 *     public Reaction<Object, Object, SagaState> react(SagaState state, Object event) {
 *         if (event instanceof OrderCreated created && state == SagaState.NEW) {
 *             return Reaction.to(SagaState.AWAITING_PAYMENT)
 *                     .send(new RequestPayment(created.orderId(), created.amount()))
 *                     .schedule(Deadline.after(Duration.ofMinutes(30), new PaymentTimedOut(created.orderId())));
 *         }
 *         ...
 *         return Reaction.to(state);
 *     }
 * }
 * }</pre>
 *
 * @param <E> the events (and deadline messages) it reacts to
 * @param <C> the commands (or messages) it sends
 * @param <S> the state of one instance
 */
@API(status = EXPERIMENTAL)
public interface ProcessManager<E, C, S> {

    /**
     * @return the property of every event this process reacts to that names its instance, as the event's JSON
     *     form has it (for records: the component name), e.g. {@code orderId}
     */
    String associationProperty();

    /** @return the state of an instance that has seen nothing yet */
    S initialState();

    /**
     * Reacts to an event, or to a deadline's message when it falls due.
     *
     * @param state the state of the event's instance
     * @param event the event
     * @return the new state and what to send, schedule or cancel; never null ({@code Reaction.to(state)} for
     *     nothing)
     * @throws RuntimeException when the event cannot be handled (a broker would retry it); a fixture records it
     *     for {@code thenFails}
     */
    Reaction<C, E, S> react(S state, E event);
}
