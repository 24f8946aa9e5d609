package dev.eventtestkit.junit5;

import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link Interleavings}. Random mode: one invocation per schedule, generated lazily so
 * that none is generated after one fails; the failing invocation re-runs the exploration up to it with the
 * explorer (the method body called directly), which shrinks it and writes the report. Exhaustive mode: one
 * invocation that runs the explorer's depth-first walk, since each schedule follows from the one before.
 */
final class InterleavingsExtension implements TestTemplateInvocationContextProvider, InvocationInterceptor {


    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, Interleavings.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        ExplorationPlan plan = ExplorationPlan.of(context);
        if (plan.strategy().isExhaustive()) {
            return Stream.of(new Invocation("exhaustive walk of up to " + plan.schedules() + " schedules",
                    plan.seed()));
        }
        if (plan.inOneInvocation()) {
            return Stream.of(new Invocation(plan.strategy() + " exploration of " + plan.schedules() + " schedules"
                    + (plan.parallel() ? " in parallel" : "") + (plan.seed() == 0L ? "" : " (seed " + plan.seed() + ")"),
                    plan.seed()));
        }
        Explorer explorer = plan.explorer();
        ExplorationRuns runs = ExplorationRuns.of(context);
        long start = System.nanoTime();
        long budget = plan.timeBudget() == null ? Long.MAX_VALUE : plan.timeBudget().toNanos();
        String shard = plan.shardCount() > 1 ? ", shard " + plan.shardIndex() + "/" + plan.shardCount() : "";
        Stream<Invocation> triedFirst = (plan.remembersSeeds() ? plan.failingSeeds().seeds() : List.<Long>of())
                .stream().map(seed -> new Invocation("previously failing seed " + seed + " (tried first)", seed, true));
        Stream<Invocation> schedules = IntStream.iterate(plan.shardIndex(), n -> n <= plan.schedules(),
                n -> n + plan.shardCount()).boxed()
                .map(schedule -> new Invocation("schedule " + schedule + " (seed " + explorer.seedOf(schedule)
                        + shard + ")", explorer.seedOf(schedule), false));
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        return Stream.concat(triedFirst, schedules)
                .takeWhile(invocation -> !runs.failed()
                        && (first.getAndSet(false) || System.nanoTime() - start < budget))
                .map(TestTemplateInvocationContext.class::cast);
    }

    @Override
    public void interceptTestTemplateMethod(InvocationInterceptor.Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> method, ExtensionContext context) throws Throwable {
        ExplorationPlan plan = ExplorationPlan.of(context);
        MethodRerun rerun = new MethodRerun(method, context);
        if (plan.inOneInvocation()) {
            invocation.skip();
            ExplorationResult result = plan.wholeExplorer(method.getExecutable().getName()).run(rerun);
            context.publishReportEntry("eventtestkit.exploration", result.toString());
            if (plan.remembersSeeds()) {
                result.failure().ifPresent(found -> plan.failingSeeds().remember(found.seed()));
            }
            result.assertNoFailure();
            return;
        }
        ExplorationRuns.Run run = java.util.Objects.requireNonNull(ExplorationRuns.Run.of(context));
        long seed = run.seed();
        boolean triedFirst = run.triedFirst();
        try {
            invocation.proceed();
        } catch (TestAbortedException aborted) {
            throw aborted;
        } catch (Throwable failure) {
            ExplorationRuns.current(context).fail();
            if (plan.remembersSeeds()) {
                plan.failingSeeds().remember(seed);
            }
            Explorer explorer = triedFirst ? plan.explorer().tryFirst(seed) : plan.explorer();
            throw report(explorer, rerun, failure, context.getDisplayName());
        }
        if (triedFirst) {
            plan.failingSeeds().forget(seed);
        }
    }

    /** Re-runs the exploration up to the failing schedule so that the explorer can shrink and report it. */
    private static AssertionFailedError report(Explorer explorer, MethodRerun rerun, Throwable failure,
            String schedule) {
        ExplorationFailure found = explorer.run(rerun).failure().orElse(null);
        if (found == null) {
            return new AssertionFailedError(schedule + " failed, but passed when the exploration ran it again: the"
                    + " test depends on something outside the broker (state kept between runs, wall-clock time,"
                    + " hash order); build everything it uses inside the test method\n" + failure, failure);
        }
        AssertionFailedError reported = new AssertionFailedError(found.report(), failure);
        reported.setStackTrace(failure.getStackTrace());
        return reported;
    }

    /** One invocation: its name and the broker seed its world is built with. */
    private static final class Invocation implements TestTemplateInvocationContext {

        private final String name;
        private final long seed;
        private final boolean triedFirst;

        Invocation(String name, long seed) {
            this(name, seed, false);
        }

        Invocation(String name, long seed, boolean triedFirst) {
            this.name = name;
            this.seed = seed;
            this.triedFirst = triedFirst;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return name;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            BeforeEachCallback seedTheWorld = new ExplorationRuns.Run(seed, triedFirst)::enter;
            return List.of(seedTheWorld);
        }
    }
}
