package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.FakeBroker;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * Puts a broker's timeline under a failure's message, keeping expected, actual and the original as cause. Used by
 * {@link EventTest} and by other faces of the kit (testkit-spring) so that every failing test prints the same.
 */
@API(status = API.Status.INTERNAL)
public final class Timelines {

    private Timelines() {}

    /**
     * @param failure what the test threw
     * @param broker the test's broker
     * @return the failure with the broker's seed, faults and timeline under its message
     */
    public static AssertionFailedError append(Throwable failure, FakeBroker broker) {
        String heading = "\n\nFakeBroker timeline (seed " + broker.seed() + ", " + broker.faults() + ")";
        String timeline = broker.trace().size() == 0 ? heading + ": empty, nothing was published\n"
                : heading + ":\n" + broker.trace().render();
        if (failure instanceof AssertionFailedError) {
            AssertionFailedError assertion = (AssertionFailedError) failure;
            String message = assertion.getMessage() == null ? "" : assertion.getMessage();
            AssertionFailedError appended = assertion.isExpectedDefined() || assertion.isActualDefined()
                    ? new AssertionFailedError(message + timeline, valueOf(assertion.getExpected()),
                            valueOf(assertion.getActual()), assertion)
                    : new AssertionFailedError(message + timeline, assertion);
            appended.setStackTrace(assertion.getStackTrace());
            return appended;
        }
        AssertionFailedError wrapped = new AssertionFailedError(failure + timeline, failure);
        wrapped.setStackTrace(failure.getStackTrace());
        return wrapped;
    }

    private static @Nullable Object valueOf(@Nullable ValueWrapper wrapper) {
        return wrapper == null ? null : wrapper.getValue();
    }
}
