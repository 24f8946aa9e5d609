package dev.eventtestkit.junit5.engine;

import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A node of the contracts tree: a container (root, subject, version) or a check, which throws to fail. */
final class ContractNode extends AbstractTestDescriptor {

    /** What a check does; throws to fail. */
    @FunctionalInterface
    interface Check {
        void run() throws Throwable;
    }

    private final @Nullable Check check;

    private ContractNode(UniqueId id, String name, @Nullable TestSource source, @Nullable Check check) {
        super(id, name, source);
        this.check = check;
    }

    static ContractNode container(UniqueId id, String name, @Nullable TestSource source) {
        return new ContractNode(id, name, source, null);
    }

    static ContractNode test(UniqueId id, String name, @Nullable TestSource source, Check check) {
        return new ContractNode(id, name, source, check);
    }

    @Nullable Check check() {
        return check;
    }

    @Override
    public Type getType() {
        return check == null ? Type.CONTAINER : Type.TEST;
    }
}
