package dev.eventtestkit.cucumber;

import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/** The Then steps about the last command (or time passing) sent to an aggregate. */
final class AggregateChecks {

    private AggregateChecks() {}

    static void recorded(ScenarioWorld world, List<EventRow> expected) {
        String step = expected.isEmpty() ? "no events are recorded" : "these events are recorded";
        AggregateRuns.Result result = world.aggregates.last(step);
        String expectation = "Expected " + (expected.isEmpty() ? "no events" : "these events") + " recorded by "
                + result.instance() + " after " + result.after();
        Optional<Throwable> failure = result.outcome().failure();
        if (failure.isPresent()) {
            String expectedText = SequenceCheck.expectedLines(expected, false);
            throw new AssertionFailedError(expectation + ", but it was rejected with " + describe(failure.get())
                    + "\nexpected:\n" + SequenceCheck.indent(expectedText), expectedText, describe(failure.get()),
                    failure.get());
        }
        List<ActualEvent> actual = result.outcome().events().stream()
                .map(event -> ActualEvent.of(event, world.registrations.codec)).toList();
        List<String> occurred = actual.stream().map(ActualEvent::type).toList();
        expected.forEach(row -> world.registrations.requireKnownEvent(row.type(), occurred));
        SequenceCheck.assertMatches(expected, actual, expectation, "but it recorded", "");
    }

    static void rejected(ScenarioWorld world, String fragment) {
        AggregateRuns.Result result = world.aggregates.last("the command is rejected");
        String wanted = fragment.isEmpty() ? "" : " with \"" + fragment + "\"";
        String expectation = "Expected " + result.subject() + " to be rejected" + wanted;
        Optional<Throwable> failure = result.outcome().failure();
        if (failure.isEmpty()) {
            List<ActualEvent> actual = result.outcome().events().stream()
                    .map(event -> ActualEvent.of(event, world.registrations.codec)).toList();
            String recorded = SequenceCheck.actualLines(actual, false);
            throw new AssertionFailedError(expectation + ", but " + result.accepted() + "; " + result.instance()
                    + " recorded:\n" + SequenceCheck.indent(recorded), fragment, recorded);
        }
        String message = failure.get().getMessage();
        if (!fragment.isEmpty() && (message == null || !message.contains(fragment))) {
            throw new AssertionFailedError(expectation + ", but it was rejected with " + describe(failure.get()),
                    fragment, message, failure.get());
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
