package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.time.VirtualClock;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link EventTest}: resolves {@code FakeBroker}, {@code Broker}, {@code QueueBroker} (the
 * same fake broker's queues), {@code VirtualClock} and {@code EventContracts} parameters from the test's world,
 * and appends the broker's timeline to a failure.
 */
final class EventTestExtension implements ParameterResolver, TestExecutionExceptionHandler {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EventTestExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeBroker.class || type == Broker.class || type == QueueBroker.class
                || type == VirtualClock.class || type == EventContracts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == EventContracts.class && Settings.of(context).schemas().isEmpty()) {
            throw new ParameterResolutionException("an EventContracts parameter needs the folder to load: "
                    + "annotate the test or its class with @EventTest(schemas = \"schemas\")");
        }
        World world = World.of(context);
        if (type == VirtualClock.class) {
            return world.broker().clock();
        }
        if (type == EventContracts.class) {
            return Objects.requireNonNull(world.contracts());
        }
        return world.broker();
    }

    /** Appends the timeline; a failing schedule of {@link Interleavings} already prints its own. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        World world = World.existing(context);
        boolean explored = ExplorationRuns.Run.of(context) != null;
        if (world == null || explored || failure instanceof TestAbortedException
                || failure instanceof ParameterResolutionException) {
            throw failure;
        }
        throw Timelines.append(failure, world.broker());
    }
}
