package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A {@link Decider} that also sees metadata and returns results: {@code decide} reads the command's metadata
 * (correlation id, user, tenant) and returns a {@link Decision} (events, their metadata, a result for the
 * caller); {@code evolve} reads each event's metadata.
 *
 * <pre>{@code
 * MessageDecider<BookCommand, BookEvent, BookState> books = new MessageDecider<>() {
 *     public BookState initialState() { return new BookState(0, ""); }
 *     public Decision<BookEvent> decide(BookCommand command, Map<String, String> metadata, BookState state) {
 *         String id = "o-" + (state.opened() + 1);
 *         return Decision.of(List.<BookEvent>of(new OrderOpened(id, ((OpenOrder) command).amount()))).withResult(id);
 *     }
 *     public BookState evolve(BookState state, BookEvent event, Map<String, String> metadata) {
 *         return new BookState(state.opened() + 1, metadata.getOrDefault("tenant", ""));
 *     }
 * };
 * AggregateFixture.forDecider(books).givenNothing().when(new OpenOrder(100)).thenResult("o-1");
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = EXPERIMENTAL)
public interface MessageDecider<C, E, S> {

    /** @return the state before any event */
    S initialState();

    /**
     * Decides what a command does in a state.
     *
     * @param command the command
     * @param metadata the command's metadata, unmodifiable; empty when it has none
     * @param state the current state
     * @return the events and the result; never null
     * @throws RuntimeException to reject the command; a fixture records it for {@code thenFails}
     */
    Decision<E> decide(C command, Map<String, String> metadata, S state);

    /**
     * @param state the current state
     * @param event an event of this aggregate
     * @param metadata the event's metadata, unmodifiable; empty when it has none
     * @return the state after the event
     */
    S evolve(S state, E event, Map<String, String> metadata);
}
