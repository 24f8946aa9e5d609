package dev.eventtestkit.junit5.engine;

import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A node of the contracts tree: a container (root, subject, version) or a check. A container may carry a
 * failure found while discovering it, reported when it runs, so that bad input never crashes the engine.
 */
final class ContractNode extends AbstractTestDescriptor {

    /** What a check does; throws to fail. */
    @FunctionalInterface
    interface Check {
        void run() throws Throwable;
    }

    private final @Nullable Check check;
    private final @Nullable Throwable failure;

    private ContractNode(UniqueId id, String name, TestSource source, @Nullable Check check,
            @Nullable Throwable failure) {
        super(id, name, source);
        this.check = check;
        this.failure = failure;
    }

    static ContractNode container(UniqueId id, String name, TestSource source) {
        return new ContractNode(id, name, source, null, null);
    }

    static ContractNode failedContainer(UniqueId id, String name, TestSource source, Throwable failure) {
        return new ContractNode(id, name, source, null, failure);
    }

    static ContractNode test(UniqueId id, String name, TestSource source, Check check) {
        return new ContractNode(id, name, source, check, null);
    }

    @Nullable Check check() {
        return check;
    }

    @Nullable Throwable failure() {
        return failure;
    }

    @Override
    public Type getType() {
        return check == null ? Type.CONTAINER : Type.TEST;
    }
}
