package dev.eventtestkit.aggregate;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** An object-style aggregate seen as a {@link Decider} whose state is the (mutable) aggregate itself. */
final class ObjectAggregate<C, E, A> implements Decider<C, E, A> {

    private final Supplier<A> factory;
    private final BiConsumer<A, E> apply;
    private final BiFunction<A, C, List<E>> handle;

    ObjectAggregate(Supplier<A> factory, BiConsumer<A, E> apply, BiFunction<A, C, List<E>> handle) {
        this.factory = factory;
        this.apply = apply;
        this.handle = handle;
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
    public List<E> decide(C command, A aggregate) {
        return handle.apply(aggregate, command);
    }

    @Override
    public A evolve(A aggregate, E event) {
        apply.accept(aggregate, event);
        return aggregate;
    }
}
