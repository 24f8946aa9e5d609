package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.WrongExpectedVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * What two commands racing on one stream did, on each of the four paths {@link StreamScenario#whenConcurrently}
 * explores: A then B, B then A, and the two races where both read the same version and one appends first.
 * Each {@code then...} checks every path concerned; a failure lists all four, the failing ones marked.
 *
 * <pre>{@code
 * order1.given(new OrderCreated("o-1", 100))
 *       .whenConcurrently(new RecordPayment("o-1", "p-1"), new RecordPayment("o-1", "p-2"))
 *       .thenOneConflicts()
 *       .thenRetrySucceeds()
 *       .thenEventsSatisfy(events -> assertThat(events).hasSize(1));  // paid once, on every path
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = EXPERIMENTAL)
public final class ConcurrentOutcome<C, E, S> {

    /** One command on one path: its first decision, where it appended, and its conflict and retry if any. */
    private record Attempt<C, E, S>(String label, StreamRun.Decided<C, E, S> first, long version,
            @Nullable WrongExpectedVersionException conflict, StreamRun.@Nullable Decided<C, E, S> retry,
            long retryVersion) {

        StreamRun.Decided<C, E, S> last() {
            StreamRun.Decided<C, E, S> again = retry;
            return again == null ? first : again;
        }

        boolean rejected() {
            return last().outcome().failure().isPresent();
        }

        String describe(EventFormat format) {
            WrongExpectedVersionException refused = conflict;
            StreamRun.Decided<C, E, S> again = retry;
            if (refused == null || again == null) {
                return label + " " + result(first, version, format);
            }
            return label + " conflicted (the stream was at version " + refused.actualVersion()
                    + "), retried: " + result(again, retryVersion, format);
        }

        private static String result(StreamRun.Decided<?, ?, ?> decided, long version, EventFormat format) {
            Throwable failure = decided.outcome().failure().orElse(null);
            if (failure != null) {
                return "rejected: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
            }
            List<?> events = decided.outcome().events();
            if (events.isEmpty()) {
                return "accepted, appended nothing";
            }
            List<String> rendered = new ArrayList<>(events.size());
            for (Object event : events) {
                rendered.add(format.render(event));
            }
            return "appended " + String.join(", ", rendered) + (events.size() == 1
                    ? " at version " + version
                    : " at versions " + version + "-" + (version + events.size() - 1));
        }
    }

    /**
     * One path: its name, whether B went (or appended) first, A's and B's attempts, what they appended and the
     * state the stream ends in.
     */
    private record Path<C, E, S>(String name, boolean race, boolean bFirst, @Nullable String read,
            Attempt<C, E, S> a, Attempt<C, E, S> b, List<E> appended, S state) {

        Attempt<C, E, S> first() {
            return bFirst ? b : a;
        }

        Attempt<C, E, S> second() {
            return bFirst ? a : b;
        }

        int rejections() {
            return (a.rejected() ? 1 : 0) + (b.rejected() ? 1 : 0);
        }
    }

    private final String stream;
    private final int given;
    private final EventFormat format;
    private final Object commandA;
    private final Object commandB;
    private final List<Path<C, E, S>> paths;

    private ConcurrentOutcome(String stream, int given, EventFormat format, Object commandA, Object commandB,
            List<Path<C, E, S>> paths) {
        this.stream = stream;
        this.given = given;
        this.format = format;
        this.commandA = commandA;
        this.commandB = commandB;
        this.paths = paths;
    }

    static <C, E, S> ConcurrentOutcome<C, E, S> explore(StreamFixture<C, E, S> fixture,
            List<EventWithMetadata<E>> given, C commandA, C commandB) {
        List<Path<C, E, S>> paths = List.of(
                inSequence("A then B", fixture, given, commandA, commandB, false),
                inSequence("B then A", fixture, given, commandB, commandA, true),
                race("race, A appends first", fixture, given, commandA, commandB, false),
                race("race, B appends first", fixture, given, commandB, commandA, true));
        return new ConcurrentOutcome<>(fixture.stream(), given.size(), fixture.fixture().format(), commandA,
                commandB, paths);
    }

    private static <C, E, S> Path<C, E, S> inSequence(String name, StreamFixture<C, E, S> fixture,
            List<EventWithMetadata<E>> given, C first, C second, boolean bFirst) {
        StreamRun<C, E, S> run = fixture.start(given);
        String firstLabel = bFirst ? "B" : "A";
        StreamRun.Decided<C, E, S> one = run.decide(decision(first));
        Attempt<C, E, S> early = new Attempt<>(firstLabel, one, run.append(one), null, null, -1);
        StreamRun.Decided<C, E, S> two = run.decide(decision(second));
        Attempt<C, E, S> late = new Attempt<>(bFirst ? "A" : "B", two, run.append(two), null, null, -1);
        return path(name, false, bFirst, null, run, given.size(), bFirst ? late : early, bFirst ? early : late);
    }

    private static <C, E, S> Path<C, E, S> race(String name, StreamFixture<C, E, S> fixture,
            List<EventWithMetadata<E>> given, C winner, C loser, boolean bFirst) {
        StreamRun<C, E, S> run = fixture.start(given);
        StreamRun.Decided<C, E, S> won = run.decide(decision(winner));
        StreamRun.Decided<C, E, S> lost = run.decide(decision(loser));
        Attempt<C, E, S> early = new Attempt<>(bFirst ? "B" : "A", won, run.append(won), null, null, -1);
        Attempt<C, E, S> late;
        try {
            late = new Attempt<>(bFirst ? "A" : "B", lost, run.append(lost), null, null, -1);
        } catch (WrongExpectedVersionException conflict) {
            StreamRun.Decided<C, E, S> again = run.decide(decision(loser));
            late = new Attempt<>(bFirst ? "A" : "B", lost, -1, conflict, again, run.append(again));
        }
        return path(name, true, bFirst, describe(won.read()), run, given.size(), bFirst ? late : early,
                bFirst ? early : late);
    }

    private static <C, E, S> Function<ScenarioRun<C, E, S>, Outcome<C, E, S>> decision(C command) {
        return run -> run.decide(command, Trigger.command(command));
    }

    private static String describe(ExpectedVersion read) {
        return read.isNoStream() ? "both read the stream before it existed" : "both read version " + read.version();
    }

    private static <C, E, S> Path<C, E, S> path(String name, boolean race, boolean bFirst, @Nullable String read,
            StreamRun<C, E, S> run, int given, Attempt<C, E, S> a, Attempt<C, E, S> b) {
        List<E> events = run.events();
        return new Path<>(name, race, bFirst, read, a, b, List.copyOf(events.subList(given, events.size())),
                run.state());
    }

    /**
     * Asserts that in both races the second append was refused: the first writer appended, so the version the
     * second read is stale. It fails when the first writer appended nothing (nothing to conflict with), and on
     * a store that lets a stale append through.
     *
     * @return this outcome
     * @throws AssertionFailedError listing the paths, the races without a conflict marked
     */
    public ConcurrentOutcome<C, E, S> thenOneConflicts() {
        return expect("the second append of each race refused with a wrong expected version",
                path -> !path.race() || path.second().conflict() != null);
    }

    /**
     * Asserts that in both races the second writer conflicted, then was accepted when retried (loaded again,
     * decided again against the first writer's events).
     *
     * @return this outcome
     * @throws AssertionFailedError listing the paths, the races where the retry did not succeed marked
     */
    public ConcurrentOutcome<C, E, S> thenRetrySucceeds() {
        return expect("the second writer of each race to conflict, then be accepted when retried",
                path -> !path.race() || path.second().conflict() != null && !path.second().rejected());
    }

    /**
     * @return this outcome
     * @throws AssertionFailedError when on some path a command ended rejected (after its retry in a race)
     */
    public ConcurrentOutcome<C, E, S> thenBothAccepted() {
        return expect("both commands accepted on every path", path -> path.rejections() == 0);
    }

    /**
     * Asserts that on every path exactly one of the two commands ended rejected: in sequence, the second
     * sees the first's events; in a race, the loser conflicts and its retry sees them.
     *
     * @return this outcome
     * @throws AssertionFailedError when on some path both or neither were rejected
     */
    public ConcurrentOutcome<C, E, S> thenOneRejected() {
        return expect("exactly one of the two commands rejected on every path", path -> path.rejections() == 1);
    }

    /**
     * Runs assertions on the events the two commands appended, in stream order, on every path.
     *
     * @param assertions e.g. {@code events -> assertThat(events).hasSize(1)}
     * @return this outcome
     * @throws AssertionFailedError naming the first path whose events failed them, with their message
     */
    public ConcurrentOutcome<C, E, S> thenEventsSatisfy(Consumer<? super List<E>> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        return forEveryPath("the events appended", path -> assertions.accept(path.appended()));
    }

    /**
     * Runs assertions on the state sourced from the whole stream at the end of every path.
     *
     * @param assertions e.g. {@code state -> assertThat(state.status()).isEqualTo(Status.PAID)}
     * @return this outcome
     * @throws AssertionFailedError naming the first path whose state failed them, with their message
     */
    public ConcurrentOutcome<C, E, S> thenState(Consumer<? super S> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        return forEveryPath("the state", path -> assertions.accept(path.state()));
    }

    private ConcurrentOutcome<C, E, S> expect(String expectation, Predicate<Path<C, E, S>> holds) {
        List<Path<C, E, S>> failing = new ArrayList<>();
        for (Path<C, E, S> path : paths) {
            if (!holds.test(path)) {
                failing.add(path);
            }
        }
        if (!failing.isEmpty()) {
            throw new AssertionFailedError(header() + "expected " + expectation + ", but " + failing.size()
                    + " of " + paths.size() + " paths did not:\n" + render(failing));
        }
        return this;
    }

    private ConcurrentOutcome<C, E, S> forEveryPath(String what, Consumer<Path<C, E, S>> check) {
        for (Path<C, E, S> path : paths) {
            try {
                check.accept(path);
            } catch (AssertionError e) {
                throw new AssertionFailedError(header() + what + " on path \"" + path.name()
                        + "\" failed the assertions:\n" + render(List.of(path)) + "\n" + e.getMessage(), e);
            }
        }
        return this;
    }

    private String header() {
        return "whenConcurrently on stream " + stream + " (after " + given + " given event"
                + (given == 1 ? "" : "s") + "): ";
    }

    private String render(List<Path<C, E, S>> marked) {
        StringBuilder text = new StringBuilder();
        text.append("A = ").append(format.render(commandA)).append('\n');
        text.append("B = ").append(format.render(commandB));
        for (Path<C, E, S> path : paths) {
            text.append('\n').append(marked.stream().anyMatch(failing -> failing == path) ? "> " : "  ");
            text.append(String.format("%-22s ", path.name() + ":"));
            if (path.read() != null) {
                text.append(path.read()).append("; ");
            }
            text.append(path.first().describe(format)).append("; ").append(path.second().describe(format));
        }
        return text.toString();
    }
}
