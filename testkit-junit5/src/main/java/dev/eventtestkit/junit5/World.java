package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.contract.EventContracts;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's event world: its broker (whose clock is the test's clock) and the contracts it validates
 * against. Created on first use and kept in the test's own store, so every test gets a fresh one.
 */
final class World {


    private final FakeBroker broker;
    private final @Nullable EventContracts contracts;

    private World(FakeBroker broker, @Nullable EventContracts contracts) {
        this.broker = broker;
        this.contracts = contracts;
    }

    /** @return the world of the current test, created on first use */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: on JUnit 5.14 and 6.x alike (6 prefers computeIfAbsent)
    static World of(ExtensionContext context) {
        return context.getStore(EventTestExtension.NAMESPACE)
                .getOrComputeIfAbsent(World.class, key -> create(context), World.class);
    }

    /**
     * @return the world of the current test, or null when the test asked for none, or when making it failed (the
     *     store keeps that failure and would throw it again here, after it was reported where it happened)
     */
    static @Nullable World existing(ExtensionContext context) {
        try {
            return context.getStore(EventTestExtension.NAMESPACE).get(World.class, World.class);
        } catch (RuntimeException creationFailed) {
            return null;
        }
    }

    private static World create(ExtensionContext context) {
        Settings settings = Settings.of(context);
        EventContracts contracts = contracts(context, settings);
        ExplorationRuns.Run run = ExplorationRuns.Run.of(context);
        FakeBrokerBuilder builder = FakeBroker.builder();
        configuration(context).accept(builder);
        FakeBroker broker = builder.seed(run == null ? settings.seed() : run.seed())
                .faults(settings.faults()).build();
        return new World(broker, contracts);
    }

    /** @return how a broker of this test is configured apart from seed, faults and chooser */
    static Consumer<FakeBrokerBuilder> configuration(ExtensionContext context) {
        Settings settings = Settings.of(context);
        return settings.configuration(contracts(context, settings));
    }

    static @Nullable EventContracts contracts(ExtensionContext context, Settings settings) {
        return settings.schemas().isEmpty() ? null : LoadedContracts.of(context).get(settings.schemas());
    }

    FakeBroker broker() {
        return broker;
    }

    @Nullable EventContracts contracts() {
        return contracts;
    }
}
