package dev.eventtestkit.examples.support;

import dev.eventtestkit.broker.EventValidator;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.contract.EventContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The example domain's contracts, {@code schemas/} at the repository root, plugged into every fake broker the
 * examples build, so that each published event is validated against its JSON Schema.
 */
public final class ExampleContracts {

    private ExampleContracts() {}

    /**
     * @return the contracts under the first {@code schemas/} folder found walking up from the working directory,
     *     or empty when the repository has none yet
     */
    public static Optional<EventContracts> load() {
        @Nullable Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path schemas = directory.resolve("schemas");
            if (Files.isDirectory(schemas)) {
                return Optional.of(EventContracts.load(schemas));
            }
            directory = directory.getParent();
        }
        return Optional.empty();
    }

    /**
     * @param contracts the contracts
     * @return a validator that fails a publish whose payload breaks its subject's contract
     */
    public static EventValidator validator(EventContracts contracts) {
        return (event, descriptor, payload) -> contracts.assertValid(descriptor.name(), descriptor.version(), payload);
    }

    /**
     * Loads the contracts once and returns what sets their validator on each broker builder, for the explorer's
     * {@code configure}: {@code Explorer.random(200).configure(ExampleContracts.validating())}.
     *
     * @return a configuration that adds the contract validator, or does nothing when there are no contracts
     */
    public static Consumer<FakeBrokerBuilder> validating() {
        Optional<EventContracts> contracts = load();
        return builder -> contracts.ifPresent(loaded -> builder.validator(validator(loaded)));
    }

    /** @return a builder of a fake broker that validates every publish against the contracts */
    public static FakeBrokerBuilder fakeBroker() {
        FakeBrokerBuilder builder = FakeBroker.builder();
        validating().accept(builder);
        return builder;
    }
}
