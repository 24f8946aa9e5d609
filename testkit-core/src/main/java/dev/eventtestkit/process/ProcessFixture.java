package dev.eventtestkit.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.IgnoredFields;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Tests a process manager (a saga): given the events it has seen, when an event arrives (or time passes),
 * then the commands it sends, the deadlines it schedules or cancels, and the state of its instances.
 *
 * <pre>{@code
 * ProcessFixture<Object, Object, SagaState> saga = ProcessFixture.forProcess(new OrderSaga(lines));
 *
 * saga.given(new OrderCreated("o-1", 2500))
 *     .when(new PaymentProcessed("o-1", "pay-1"))
 *     .thenCommands(new ShipmentRequested("o-1", "1 Harbour Road"))
 *     .thenState(state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_SHIPMENT));
 * }</pre>
 *
 * <p>Each event goes to the instance its {@link ProcessManager#associationProperty} names (read from the
 * event's JSON form through the fixture's codec), so events of two orders never meet. Deadlines are timers on
 * the fixture's {@link #clock()}: they fire only when time passes ({@code whenTimePasses}), and each scenario's
 * pending deadlines are cancelled when it ends. A fixture is immutable: every {@code with...} and
 * {@code ignoringFields} returns a new one, and one fixture runs any number of scenarios, each from scratch.
 *
 * @param <E> the events (and deadline messages)
 * @param <C> the commands
 * @param <S> the state of an instance
 */
@API(status = EXPERIMENTAL)
public final class ProcessFixture<E, C, S> {

    private final ProcessManager<E, C, S> process;
    private final EventCodec codec;
    private final IgnoredFields ignored;
    private final VirtualClock clock;
    private final EventFormat format;

    private ProcessFixture(ProcessManager<E, C, S> process, EventCodec codec, IgnoredFields ignored,
            VirtualClock clock) {
        this.process = process;
        this.codec = codec;
        this.ignored = ignored;
        this.clock = clock;
        this.format = EventFormat.of(codec, ignored);
    }

    /**
     * @param process the process manager under test
     * @return a fixture with the Jackson codec, no ignored fields and a fresh clock
     * @throws IllegalArgumentException when the process names no association property
     */
    public static <E, C, S> ProcessFixture<E, C, S> forProcess(ProcessManager<E, C, S> process) {
        Objects.requireNonNull(process, "process");
        String property = process.associationProperty();
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException(process.getClass().getName()
                    + ".associationProperty() names no property: return the property that names an instance, "
                    + "such as \"orderId\"");
        }
        return new ProcessFixture<>(process, EventCodec.jackson(), IgnoredFields.none(), VirtualClock.create());
    }

    /**
     * Starts a scenario from the events the process has seen: it reacts to each, in order (what it sent then
     * is not asserted; the deadlines it scheduled are pending, from the clock's current instant).
     *
     * @param events what happened before
     * @return the scenario, ready for {@code when}
     */
    @SafeVarargs
    public final ProcessScenario<E, C, S> given(E... events) {
        return given(Arrays.asList(events));
    }

    /**
     * @param events what happened before, in order; no null element
     * @return the scenario, ready for {@code when}
     */
    public ProcessScenario<E, C, S> given(List<? extends E> events) {
        List<E> copy = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            if (event == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
            copy.add(event);
        }
        return new ProcessScenario<>(this, List.copyOf(copy));
    }

    /** @return a scenario in which the process has seen nothing */
    public ProcessScenario<E, C, S> givenNothing() {
        return new ProcessScenario<>(this, List.of());
    }

    /**
     * @param codec the codec that reads association properties, renders failures and compares by field
     * @return a copy using it
     */
    public ProcessFixture<E, C, S> withCodec(EventCodec codec) {
        return new ProcessFixture<>(process, Objects.requireNonNull(codec, "codec"), ignored, clock);
    }

    /**
     * @param type a command class (or a supertype; {@code Object} for all)
     * @param fields property names or dotted paths to leave out of command comparisons
     * @return a copy that also ignores them
     */
    public ProcessFixture<E, C, S> ignoringFields(Class<?> type, String... fields) {
        return new ProcessFixture<>(process, codec, ignored.with(type, fields), clock);
    }

    /**
     * @param clock the clock scenarios run on
     * @return a copy using it
     */
    public ProcessFixture<E, C, S> withClock(VirtualClock clock) {
        return new ProcessFixture<>(process, codec, ignored, Objects.requireNonNull(clock, "clock"));
    }

    /** @return the virtual clock scenarios run on; deadlines are timers on it */
    public VirtualClock clock() {
        return clock;
    }

    ProcessManager<E, C, S> process() {
        return process;
    }

    EventCodec codec() {
        return codec;
    }

    EventFormat format() {
        return format;
    }
}
