package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.report.IgnoredFields;
import dev.eventtestkit.time.VirtualClock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything an {@link AggregateFixture} is configured with, immutable. A {@code with...} of the fixture copies
 * the settings with one field changed ({@link #with}); a new setting is one field here, one in the
 * {@link Builder}, and its {@code with...} method.
 */
final class FixtureSettings<C, E, S> {

    final MessageDecider<C, E, S> decider;
    final EventCodec codec;
    final IgnoredFields ignored;
    final List<EventValidator> validators;
    final Function<? super E, ? extends List<? extends Deadline<? extends C>>> deadlines;
    final VirtualClock clock;
    final boolean stateChangeCheck;
    final boolean metadataPropagation;
    final boolean serializationCheck;

    private FixtureSettings(Builder<C, E, S> builder) {
        this.decider = builder.decider;
        this.codec = builder.codec;
        this.ignored = builder.ignored;
        this.validators = builder.validators;
        this.deadlines = builder.deadlines;
        this.clock = builder.clock;
        this.stateChangeCheck = builder.stateChangeCheck;
        this.metadataPropagation = builder.metadataPropagation;
        this.serializationCheck = builder.serializationCheck;
    }

    static <C, E, S> FixtureSettings<C, E, S> defaults(
            MessageDecider<C, E, S> decider,
            Function<? super E, ? extends List<? extends Deadline<? extends C>>> noDeadlines) {
        Builder<C, E, S> builder = new Builder<>();
        builder.decider = decider;
        builder.codec = EventCodec.jackson();
        builder.ignored = IgnoredFields.none();
        builder.validators = List.of();
        builder.deadlines = noDeadlines;
        builder.clock = VirtualClock.create();
        builder.stateChangeCheck = true;
        builder.metadataPropagation = true;
        builder.serializationCheck = true;
        return new FixtureSettings<>(builder);
    }

    /**
     * @param change sets the fields that differ
     * @return a copy with them changed
     */
    FixtureSettings<C, E, S> with(Consumer<Builder<C, E, S>> change) {
        Builder<C, E, S> builder = new Builder<>();
        builder.decider = decider;
        builder.codec = codec;
        builder.ignored = ignored;
        builder.validators = validators;
        builder.deadlines = deadlines;
        builder.clock = clock;
        builder.stateChangeCheck = stateChangeCheck;
        builder.metadataPropagation = metadataPropagation;
        builder.serializationCheck = serializationCheck;
        change.accept(builder);
        return new FixtureSettings<>(builder);
    }

    /** The mutable side of a copy, alive only inside {@link #with}. */
    static final class Builder<C, E, S> {
        MessageDecider<C, E, S> decider;
        EventCodec codec;
        IgnoredFields ignored;
        List<EventValidator> validators;
        Function<? super E, ? extends List<? extends Deadline<? extends C>>> deadlines;
        VirtualClock clock;
        boolean stateChangeCheck;
        boolean metadataPropagation;
        boolean serializationCheck;
    }
}
