package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything one scenario owns: its registrations, clock, broker, faults, seed, contracts and aggregate
 * instances. The clock and the broker start on first use, so that the Given steps before it (the clock's
 * start, the seed, faults) shape them.
 */
final class ScenarioWorld {

    private static final Instant DEFAULT_START = VirtualClock.create().instant();

    final Registrations registrations;
    final AggregateRuns aggregates;
    private final EventTestkitSetup setup;
    private final Faults.Builder faults = Faults.builder();
    private long seed;
    private Instant start = DEFAULT_START;
    private @Nullable VirtualClock clock;
    private @Nullable FakeBroker broker;
    private @Nullable EventContracts contracts;

    private ScenarioWorld(Settings settings, EventTestkitConfiguration configuration) {
        this.seed = settings.seed();
        this.setup = new EventTestkitSetup(this::broker, this::clock);
        configuration.configure(setup);
        this.registrations = new Registrations(setup);
        this.aggregates = new AggregateRuns(registrations, this::clock);
    }

    static ScenarioWorld start(ClassLoader loader) {
        Settings settings = new Settings(loader);
        return new ScenarioWorld(settings, ConfigurationLoader.load(settings, loader));
    }

    VirtualClock clock() {
        VirtualClock started = clock;
        if (started == null) {
            started = VirtualClock.at(start);
            clock = started;
        }
        return started;
    }

    FakeBroker broker() {
        FakeBroker started = broker;
        if (started == null) {
            started = FakeBroker.builder().seed(seed).clock(clock()).faults(faults.build())
                    .retryPolicy(setup.retryPolicy()).codec(registrations.codec).build();
            broker = started;
            for (Map.Entry<String, Integer> topic : setup.topics().entrySet()) {
                started.createTopic(topic.getKey(), topic.getValue());
            }
            for (EventTestkitSetup.Consumer consumer : setup.consumers()) {
                started.subscribe(consumer.topic(), consumer.group(), consumer.handler());
            }
        }
        return started;
    }

    @Nullable FakeBroker startedBroker() {
        return broker;
    }

    EventTestkitSetup setup() {
        return setup;
    }

    void clockIs(Instant instant) {
        VirtualClock started = clock;
        if (started == null) {
            start = instant;
        } else if (!instant.isBefore(started.instant())) {
            started.advanceTo(instant);
        } else {
            throw new IllegalStateException("the clock is at " + started.instant() + " already and never goes back"
                    + " to " + instant + ": give \"the clock is ...\" before anything uses the clock");
        }
    }

    void timePasses(Duration duration, String text) {
        if (!aggregates.timePasses(duration, text)) {
            clock().advance(duration);
        }
    }

    void seed(long seed) {
        requireBrokerNotStarted("the seed");
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    Faults.Builder faults(String what) {
        requireBrokerNotStarted(what);
        return faults;
    }

    void partitions(String topic, int partitions) {
        requireBrokerNotStarted("a topic's partitions");
        setup.topic(topic, partitions);
    }

    void contracts(EventContracts loaded) {
        this.contracts = loaded;
    }

    EventContracts contracts(String step) {
        EventContracts loaded = contracts;
        if (loaded == null) {
            throw new IllegalStateException("\"" + step + "\" needs contracts: add Given the event contracts in"
                    + " \"<folder>\" before it");
        }
        return loaded;
    }

    /** @return the line broker failures end with: the same seed, the same run */
    String seedLine() {
        VirtualClock started = clock;
        String waiting = "";
        if (started != null && started.pendingTimers() > 0) {
            waiting = "\nstill waiting on the virtual clock: " + started.pendingTimers() + " timer(s), the next at "
                    + started.nextTimer().map(Instant::toString).orElse("?")
                    + " (retries, delays or deadlines: let time pass before this step to see them)";
        }
        return waiting + "\nseed: " + seed + " (the same seed replays this run: Given the seed is " + seed + ")";
    }

    private void requireBrokerNotStarted(String what) {
        if (broker != null) {
            throw new IllegalStateException(what + " must be given before the broker starts (at the first publish"
                    + " or broker step): move this step up");
        }
    }
}
