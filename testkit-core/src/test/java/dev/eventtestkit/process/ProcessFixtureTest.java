package dev.eventtestkit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.Caught;
import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.aggregate.EventMatch;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The process fixture's assertions, their failure messages, and bad input. */
class ProcessFixtureTest {

    record SignedUp(String userId, String email) {}

    record Confirmed(String userId) {}

    record ReminderDue(String userId) {}

    record Untracked(String email) {}

    record NumberedUser(long userId) {}

    record SendWelcome(String email) {}

    record SendReminder(String email) {}

    enum Stage { NEW, WAITING, CONFIRMED }

    record Signup(Stage stage, String email) {}

    /** Welcomes a new user, reminds them a day later unless they confirmed. */
    static class Onboarding implements ProcessManager<Object, Object, Signup> {
        @Override
        public String associationProperty() {
            return "userId";
        }

        @Override
        public Signup initialState() {
            return new Signup(Stage.NEW, "");
        }

        @Override
        public Reaction<Object, Object, Signup> react(Signup state, Object event) {
            if (event instanceof SignedUp signedUp) {
                if (signedUp.email().isBlank()) {
                    throw new IllegalArgumentException("no email for " + signedUp.userId());
                }
                return Reaction.<Object, Object, Signup>to(new Signup(Stage.WAITING, signedUp.email()))
                        .send(new SendWelcome(signedUp.email()))
                        .schedule(Deadline.after(Duration.ofDays(1), new ReminderDue(signedUp.userId())));
            }
            if (event instanceof Confirmed && state.stage() == Stage.WAITING) {
                return Reaction.<Object, Object, Signup>to(new Signup(Stage.CONFIRMED, state.email()))
                        .cancelDeadlines();
            }
            if (event instanceof ReminderDue && state.stage() == Stage.WAITING) {
                return Reaction.<Object, Object, Signup>to(state).send(new SendReminder(state.email()));
            }
            return Reaction.to(state);
        }
    }

    private final ProcessFixture<Object, Object, Signup> onboarding = ProcessFixture.forProcess(new Onboarding());

    @Test
    void assertsCommandsDeadlinesAndState() {
        onboarding.givenNothing()
                .when(new SignedUp("u-1", "ada@example.com"))
                .thenCommands(new SendWelcome("ada@example.com"))
                .thenCommandsMatch(EventMatch.json(SendWelcome.class, "{\"email\": \"ada@example.com\"}"))
                .thenCommandsInAnyOrder(new SendWelcome("ada@example.com"))
                .thenScheduledDeadline(Duration.ofDays(1), new ReminderDue("u-1"))
                .thenState(state -> assertThat(state.stage()).isEqualTo(Stage.WAITING));
        onboarding.given(new SignedUp("u-1", "ada@example.com"))
                .whenTimePasses(Duration.ofDays(1))
                .thenCommands(new SendReminder("ada@example.com"));
    }

    @Test
    void namesTheFirstDifferingCommand() {
        ProcessOutcome<Object, Object, Signup> outcome =
                onboarding.givenNothing().when(new SignedUp("u-1", "ada@example.com"));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenCommands(new SendWelcome("bob@example.com")));

        assertThat(failure).hasMessage("""
                Expected commands differ at position 1 (of 1 expected, 1 actual):
                  when SignedUp{userId="u-1", email="ada@example.com"}
                  expected:
                  > 1. SendWelcome{email="bob@example.com"}
                  actual:
                  > 1. SendWelcome{email="ada@example.com"}
                  field email: expected "bob@example.com" but was "ada@example.com\"""");
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("1. SendWelcome{email=\"bob@example.com\"}");
    }

    @Test
    void failsThenNoCommandsListingWhatWasSent() {
        ProcessOutcome<Object, Object, Signup> outcome = onboarding.given(new SignedUp("u-1", "ada@example.com"))
                .whenTimePasses(Duration.ofDays(2));

        assertThatThrownBy(outcome::thenNoCommands).hasMessage("""
                Expected commands differ at position 1 (of 0 expected, 1 actual):
                  when 2 days pass
                  expected:
                  > 1. (no command)
                  actual:
                  > 1. SendReminder{email="ada@example.com"}""");
    }

    @Test
    void assertsTheCancelledDeadline() {
        onboarding.given(new SignedUp("u-1", "ada@example.com"))
                .when(new Confirmed("u-1"))
                .thenNoCommands()
                .thenCancelledDeadline(new ReminderDue("u-1"))
                .thenNoScheduledDeadlines();
        assertThatThrownBy(() -> onboarding.given(new SignedUp("u-1", "ada@example.com"))
                .when(new Confirmed("u-2"))
                .thenCancelledDeadline(new ReminderDue("u-1")))
                .hasMessage("""
                        Expected the deadline ReminderDue{userId="u-1"} to be cancelled, but it was not:
                          when Confirmed{userId="u-2"}
                          cancelled:
                            (none)""");
    }

    @Test
    void listsTheScheduledDeadlinesWhenTheExpectedOneIsNot() {
        ProcessOutcome<Object, Object, Signup> outcome =
                onboarding.givenNothing().when(new SignedUp("u-1", "ada@example.com"));

        assertThatThrownBy(() -> outcome.thenScheduledDeadline(Duration.ofHours(1), new ReminderDue("u-1")))
                .hasMessage("""
                        Expected the deadline ReminderDue{userId="u-1"} after 1 hour, but it is not scheduled:
                          when SignedUp{userId="u-1", email="ada@example.com"}
                          scheduled:
                            1. ReminderDue{userId="u-1"} after 1 day
                          delay: expected 1 hour but was 1 day""");
        assertThatThrownBy(outcome::thenNoScheduledDeadlines).hasMessageStartingWith(
                "Expected no deadline to be scheduled, but 1 is:");
    }

    @Test
    void keepsInstancesApartByTheirAssociation() {
        ProcessOutcome<Object, Object, Signup> outcome = onboarding
                .given(new SignedUp("u-1", "ada@example.com"), new SignedUp("u-2", "bob@example.com"))
                .when(new Confirmed("u-1"))
                .thenState("u-2", state -> assertThat(state.stage()).isEqualTo(Stage.WAITING));

        assertThat(outcome.instances()).containsExactly("u-1", "u-2");
        assertThat(outcome.state("u-1")).map(Signup::stage).contains(Stage.CONFIRMED);
        onboarding.given(new SignedUp("u-1", "ada@example.com"), new SignedUp("u-2", "bob@example.com"),
                        new Confirmed("u-1"))
                .whenTimePasses(Duration.ofDays(1))
                .thenCommands(new SendReminder("bob@example.com"));
    }

    @Test
    void showsTheInstanceAndItsStateAboveAFailedStateAssertion() {
        ProcessOutcome<Object, Object, Signup> outcome =
                onboarding.givenNothing().when(new SignedUp("u-1", "ada@example.com"));

        assertThatThrownBy(() -> outcome.thenState(state -> assertThat(state.stage()).isEqualTo(Stage.CONFIRMED)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        The state of instance "u-1" does not satisfy the assertions of thenState:
                          when SignedUp{userId="u-1", email="ada@example.com"}
                          state: Signup{stage="WAITING", email="ada@example.com"}
                          expected: CONFIRMED
                           but was: WAITING""");
        assertThatThrownBy(() -> outcome.thenState("u-9", state -> { })).hasMessage("""
                Expected an instance "u-9", but the process has only [u-1]:
                  when SignedUp{userId="u-1", email="ada@example.com"}""");
    }

    @Test
    void asksForTheInstanceWhenTimePassedForSeveral() {
        ProcessOutcome<Object, Object, Signup> outcome = onboarding
                .given(new SignedUp("u-1", "ada@example.com"), new SignedUp("u-2", "bob@example.com"))
                .whenTimePasses(Duration.ofHours(1));

        assertThatThrownBy(() -> outcome.thenState(state -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("time passed, so no event names the instance: use thenState(\"u-1\", ...); "
                        + "instances: [u-1, u-2]");
    }

    @Test
    void recordsWhatTheProcessThrows() {
        ProcessOutcome<Object, Object, Signup> outcome = onboarding.givenNothing().when(new SignedUp("u-1", " "));

        outcome.thenFails(IllegalArgumentException.class, "no email");
        assertThatThrownBy(outcome::thenNoCommands).hasMessage("""
                Expected no commands, but the process failed:
                  when SignedUp{userId="u-1", email=" "}
                  instance "u-1" failed with java.lang.IllegalArgumentException: no email for u-1""");
        assertThatThrownBy(() -> onboarding.givenNothing().when(new Confirmed("u-1"))
                .thenFails(IllegalStateException.class))
                .hasMessage("""
                        Expected the process to fail with java.lang.IllegalStateException, but it did not:
                          when Confirmed{userId="u-1"}
                          sent:
                            (no commands)""");
    }

    @Test
    void namesTheEventAndTheKeyWhenTheAssociationIsMissing() {
        ProcessScenario<Object, Object, Signup> scenario = onboarding.givenNothing();

        assertThatThrownBy(() -> scenario.when(new Untracked("x@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the event, Untracked{email=\"x@example.com\"}, has no \"userId\": the process "
                        + "Onboarding finds the instance of an event by its associationProperty() \"userId\"");
        assertThatThrownBy(() -> onboarding.given(new SignedUp("u-1", "a@b"), new SignedUp(null, "c@d"))
                .when(new Confirmed("u-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("given event 2, SignedUp{userId=null, email=\"c@d\"}, has a null \"userId\": the "
                        + "process Onboarding finds the instance of an event by its associationProperty() \"userId\"");
    }

    @Test
    void acceptsANumberAsTheAssociation() {
        onboarding.givenNothing().when(new NumberedUser(42)).thenNoCommands().thenState("42", state -> { });
    }

    @Test
    void explainsAFailureOnAGivenEvent() {
        assertThatThrownBy(() -> onboarding.given(new SignedUp("u-1", "")).when(new Confirmed("u-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the process failed on given event 1, SignedUp{userId=\"u-1\", email=\"\"}: "
                        + "java.lang.IllegalArgumentException: no email for u-1");
    }

    @Test
    void refusesAProcessWithoutAnAssociationProperty() {
        assertThatThrownBy(() -> ProcessFixture.forProcess(new Onboarding() {
            @Override
            public String associationProperty() {
                return " ";
            }
        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(".associationProperty() names no property: return the property that names "
                        + "an instance, such as \"orderId\"");
    }

    @Test
    void cancelsTheScenariosDeadlinesWhenItEnds() {
        onboarding.givenNothing().when(new SignedUp("u-1", "ada@example.com"));

        assertThat(onboarding.clock().pendingTimers()).isZero();
    }
}
