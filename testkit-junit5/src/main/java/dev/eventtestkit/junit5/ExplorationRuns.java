package dev.eventtestkit.junit5;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the invocations of one {@link Interleavings} method share, kept typed in the template's store (created
 * once, on first use): whether a schedule failed, so that no further invocation is generated. An invocation
 * finds it with {@link #current(ExtensionContext)}; the schedule it runs is its {@link Run}.
 */
final class ExplorationRuns {

    /**
     * The schedule one invocation runs, in the invocation's store.
     *
     * @param seed the broker seed of its world
     * @param triedFirst whether it is a seed that failed last time, tried before the exploration's own
     */
    record Run(long seed, boolean triedFirst) {

        /** @return the run of this invocation, or null outside an {@link Interleavings} invocation */
        static @Nullable Run of(ExtensionContext invocation) {
            return invocation.getStore(EventTestExtension.NAMESPACE).get(Run.class, Run.class);
        }

        void enter(ExtensionContext invocation) {
            invocation.getStore(EventTestExtension.NAMESPACE).put(Run.class, this);
        }
    }

    private volatile boolean failed;

    /** @return the state of the method whose template context this is */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: on JUnit 6 computeIfAbsent replaces it; 5.x lacks that
    static ExplorationRuns of(ExtensionContext template) {
        return template.getStore(EventTestExtension.NAMESPACE)
                .getOrComputeIfAbsent(ExplorationRuns.class, key -> new ExplorationRuns(), ExplorationRuns.class);
    }

    /** @return the state of the method this invocation belongs to */
    static ExplorationRuns current(ExtensionContext invocation) {
        return of(invocation.getParent().orElseThrow());
    }

    boolean failed() {
        return failed;
    }

    void fail() {
        failed = true;
    }
}
