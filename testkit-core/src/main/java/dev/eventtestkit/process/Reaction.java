package dev.eventtestkit.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.aggregate.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a process instance does about one event: its new state, the commands it sends, the deadlines it
 * schedules (each delivers its message back to the instance when due), and whether it cancels its pending
 * deadlines. Immutable: each method returns a new reaction.
 *
 * <pre>{@code
 * return Reaction.to(state.paid())
 *         .cancelDeadlines()
 *         .send(new RequestShipment(orderId, state.address()));
 * }</pre>
 *
 * @param <C> the commands
 * @param <E> the events, and the messages of deadlines
 * @param <S> the state
 */
@API(status = EXPERIMENTAL)
public final class Reaction<C, E, S> {

    private final S state;
    private final List<C> commands;
    private final List<Deadline<E>> deadlines;
    private final boolean cancelsDeadlines;

    private Reaction(S state, List<C> commands, List<Deadline<E>> deadlines, boolean cancelsDeadlines) {
        this.state = state;
        this.commands = commands;
        this.deadlines = deadlines;
        this.cancelsDeadlines = cancelsDeadlines;
    }

    /**
     * @param state the instance's state after the event; the same state for an event that changes nothing
     * @return a reaction that sends, schedules and cancels nothing yet
     */
    public static <C, E, S> Reaction<C, E, S> to(S state) {
        return new Reaction<>(state, List.of(), List.of(), false);
    }

    /**
     * @param command a command to send, after those already listed
     * @return a copy that sends it too
     */
    public Reaction<C, E, S> send(C command) {
        List<C> more = new ArrayList<>(commands);
        more.add(Objects.requireNonNull(command, "command"));
        return new Reaction<>(state, List.copyOf(more), deadlines, cancelsDeadlines);
    }

    /**
     * @param deadline a message to deliver back to this instance after a delay
     * @return a copy that schedules it too
     */
    public Reaction<C, E, S> schedule(Deadline<? extends E> deadline) {
        Objects.requireNonNull(deadline, "deadline");
        List<Deadline<E>> more = new ArrayList<>(deadlines);
        more.add(Deadline.after(deadline.delay(), deadline.command()));
        return new Reaction<>(state, commands, List.copyOf(more), cancelsDeadlines);
    }

    /**
     * Cancels the deadlines this instance scheduled that are still pending (before scheduling those of this
     * reaction, which stay).
     *
     * @return a copy that cancels them
     */
    public Reaction<C, E, S> cancelDeadlines() {
        return new Reaction<>(state, commands, deadlines, true);
    }

    /** @return the instance's new state */
    public S state() {
        return state;
    }

    /** @return the commands to send, in order */
    public List<C> commands() {
        return commands;
    }

    /** @return the deadlines to schedule, in order */
    public List<Deadline<E>> deadlines() {
        return deadlines;
    }

    /** @return whether the instance's pending deadlines are cancelled */
    public boolean cancelsDeadlines() {
        return cancelsDeadlines;
    }
}
