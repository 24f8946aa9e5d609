package dev.eventtestkit.aggregate;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** An object-style aggregate seen as a {@link MessageDecider} whose state is the (mutable) aggregate itself. */
final class ObjectAggregate<C, E, A> implements MessageDecider<C, E, A> {

    private final Supplier<A> factory;
    private final BiConsumer<A, E> apply;
    private final BiFunction<A, C, @Nullable Decision<E>> handle;
    private final boolean returnsLists;

    /**
     * @param handle decides, as a decision
     * @param returnsLists whether the user's handle returns lists (wrapped into decisions), for messages
     */
    ObjectAggregate(Supplier<A> factory, BiConsumer<A, E> apply, BiFunction<A, C, @Nullable Decision<E>> handle,
            boolean returnsLists) {
        this.factory = factory;
        this.apply = apply;
        this.handle = handle;
        this.returnsLists = returnsLists;
    }

    boolean returnsLists() {
        return returnsLists;
    }

    @Override
    public A initialState() {
        A aggregate = factory.get();
        if (aggregate == null) {
            throw new IllegalStateException("the aggregate factory returned null");
        }
        return aggregate;
    }

    @Override
    @SuppressWarnings("NullableProblems")
    public @Nullable Decision<E> decide(C command, Map<String, String> metadata, A aggregate) {
        return handle.apply(aggregate, command);
    }

    @Override
    public A evolve(A aggregate, E event, Map<String, String> metadata) {
        apply.accept(aggregate, event);
        return aggregate;
    }
}
