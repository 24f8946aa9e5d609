package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.broker.Faults;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Runs a scenario once on a fresh broker whose choices come from a {@link RecordingChooser}. */
final class ScheduleRunner {

    private final Scenario scenario;
    private final Faults faults;
    private final Consumer<FakeBrokerBuilder> configuration;

    ScheduleRunner(Scenario scenario, Faults faults, Consumer<FakeBrokerBuilder> configuration) {
        this.scenario = scenario;
        this.faults = faults;
        this.configuration = configuration;
    }

    /** A random schedule: exactly what {@code FakeBroker.builder().seed(seed)} would do. */
    Outcome random(long seed) {
        return sample(seed, Chooser.seeded(seed));
    }

    /** A schedule a strategy's chooser picks, recorded so that it replays exactly. */
    Outcome sample(long seed, Chooser strategy) {
        return run(seed, new RecordingChooser(strategy, List.of(), true), null);
    }

    /** The given values first, then the defaults; strict makes a value out of range an error. */
    Outcome replay(long seed, List<Integer> values, boolean strict) {
        return run(seed, new RecordingChooser(null, values, strict), null);
    }

    /** A strict replay that writes every step into {@code log}, for partial-order reduction. */
    Outcome replay(long seed, List<Integer> values, StepLog log) {
        RecordingChooser chooser = new RecordingChooser(null, values, true);
        chooser.log(log);
        return run(seed, chooser, log);
    }

    private Outcome run(long seed, RecordingChooser chooser, @Nullable StepLog log) {
        FakeBrokerBuilder builder = FakeBroker.builder();
        configuration.accept(builder);
        FakeBroker broker = builder.seed(seed).faults(faults).chooser(chooser).build();
        if (log != null) {
            log.watch(broker.clock());
        }
        Throwable failure = null;
        try {
            scenario.run(broker);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable thrown) {
            failure = thrown;
        }
        rethrowNondeterminism(failure);
        if (failure == null) {
            chooser.requireWholePrefixPlayed();
        }
        return new Outcome(seed, broker.trace(), List.copyOf(chooser.choices()), failure, chooser.steps(),
                broker.coverageAssertions());
    }

    /** A scenario that is not deterministic cannot be explored; say so instead of reporting a failure. */
    private static void rethrowNondeterminism(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NondeterministicScenarioException) {
                throw (NondeterministicScenarioException) cause;
            }
        }
    }
}
