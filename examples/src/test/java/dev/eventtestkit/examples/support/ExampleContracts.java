package dev.eventtestkit.examples.support;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.contract.EventContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The example domain's contracts, {@code schemas/} at the repository root, plugged into every fake broker the
 * examples build ({@code FakeBrokerBuilder.contracts}), so that each published event is validated against its
 * JSON Schema.
 */
public final class ExampleContracts {

    private ExampleContracts() {}

    /**
     * @return the contracts under the first {@code schemas/} folder found walking up from the working directory
     * @throws IllegalStateException when there is none: the examples never run unchecked
     */
    public static EventContracts load() {
        Path start = Path.of("").toAbsolutePath();
        for (@Nullable Path directory = start; directory != null; directory = directory.getParent()) {
            Path schemas = directory.resolve("schemas");
            if (Files.isDirectory(schemas)) {
                return EventContracts.load(schemas);
            }
        }
        throw new IllegalStateException("no schemas/ folder in " + start + " or above it");
    }

    /**
     * Loads the contracts once and returns what sets their validator on each broker builder, for the explorer's
     * {@code configure}: {@code Explorer.random(200).configure(ExampleContracts.validating())}.
     *
     * @return a configuration that adds the contract validator
     */
    public static Consumer<FakeBrokerBuilder> validating() {
        EventContracts contracts = load();
        return builder -> builder.contracts(contracts);
    }

    /** @return a builder of a fake broker that validates every publish against the contracts */
    public static FakeBrokerBuilder fakeBroker() {
        FakeBrokerBuilder builder = FakeBroker.builder();
        validating().accept(builder);
        return builder;
    }
}
