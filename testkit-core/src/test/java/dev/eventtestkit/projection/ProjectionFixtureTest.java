package dev.eventtestkit.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.explore.Schedule;
import dev.eventtestkit.projection.ReadModels.IdempotentLevels;
import dev.eventtestkit.projection.ReadModels.LastOrder;
import dev.eventtestkit.projection.ReadModels.Levels;
import dev.eventtestkit.projection.ReadModels.Products;
import dev.eventtestkit.projection.ReadModels.Released;
import dev.eventtestkit.projection.ReadModels.Reserved;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ProjectionFixtureTest {

    private final ProjectionFixture<Levels> levels = ProjectionFixture.forEvents(Levels::new, Levels::on);

    @Test
    void checksTheReadModelAfterTheGivenEventsInTheGivenOrder() {
        levels.given("order-1", new Reserved("o-1", "p-1", 2), new Released("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-1", 3))
                .thenQuery(model -> model.reserved("p-1"), 3)
                .thenState(model -> assertThat(model.snapshot()).containsEntry("p-1", 3));
    }

    @Test
    void aWrongAnswerInTheGivenOrderSaysSoWithExpectedAndActual() {
        assertThatThrownBy(() -> levels.given("order-1", new Reserved("o-1", "p-1", 2))
                .thenQuery(model -> model.reserved("p-1"), 5))
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e).hasMessage("in the given order: the query answers 2, expected 5");
                    assertThat(e.getExpected().getValue()).isEqualTo(5);
                    assertThat(e.getActual().getValue()).isEqualTo(2);
                });
    }

    @Test
    void aReadModelOfPerStreamStateConvergesUnderEveryOrder() {
        levels.given("order-1", new Reserved("o-1", "p-1", 2), new Released("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-1", 3), new Reserved("o-2", "p-2", 1))
                .underEveryOrder()
                .thenConverges(Levels::snapshot)
                .thenQuery(model -> model.reserved("p-1"), 3);
    }

    @Test
    void aReadModelThatDependsOnHowStreamsInterleaveFailsNamingTheFirstOrderThatDiffers() {
        ProjectionFixture<LastOrder> last = ProjectionFixture.forEvents(LastOrder::new, LastOrder::on);

        assertThatThrownBy(() -> last.given("order-1", new Reserved("o-1", "p-1", 1))
                .given("order-2", new Reserved("o-2", "p-1", 1))
                .underEveryOrder()
                .thenConverges(model -> model.last))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        under order 2 of at most 100000 (every order that keeps each stream's order): the read model \
                        differs from the given order's: expected o-2 but was o-1
                          delivered: order-2@0 Reserved, order-1@0 Reserved
                        Replay it:
                          .replayOrder(Schedule.of(0L, 1))
                        The order's timeline:
                        time                      step  position      group       attempt  event
                        2026-01-01T00:00:00.000Z  -     order-1[0]@0  -           -        publish Reserved v1 key=order-1
                        2026-01-01T00:00:00.000Z  -     order-2[0]@0  -           -        publish Reserved v1 key=order-2
                        2026-01-01T00:00:00.000Z  1     order-2[0]@0  read-model  1        deliver to instance 1
                        2026-01-01T00:00:00.000Z  1     order-2[0]@0  read-model  1        ack
                        2026-01-01T00:00:00.000Z  2     order-1[0]@0  read-model  1        deliver to instance 1
                        2026-01-01T00:00:00.000Z  2     order-1[0]@0  read-model  1        ack
                        """);
    }

    @Test
    void replaysTheOrderAFailurePrinted() {
        ProjectionFixture<LastOrder> last = ProjectionFixture.forEvents(LastOrder::new, LastOrder::on);
        ProjectionScenario<LastOrder> scenario = last.given("order-1", new Reserved("o-1", "p-1", 1))
                .given("order-2", new Reserved("o-2", "p-1", 1));

        scenario.replayOrder(Schedule.of(0L, 1)).thenState(model -> assertThat(model.last).isEqualTo("o-1"));
        scenario.replayOrder(Schedule.of(0L, 0)).thenState(model -> assertThat(model.last).isEqualTo("o-2"));
    }

    @Test
    void aReadModelThatCountsDuplicatesTwiceFailsUnderDuplicatesNamingTheSeed() {
        assertThatThrownBy(() -> levels.withDuplicates(0.5)
                .given("order-1", new Reserved("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-1", 3))
                .underRandomOrders(50)
                .thenQuery(model -> model.reserved("p-1"), 5))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("(random, seed = ")
                .hasMessageContaining(": the query answers ")
                .hasMessageContaining(" (again)")
                .hasMessageContaining("Replay it:\n  .replayOrder(")
                .hasMessageContaining("fault duplicate: acked, delivered again");
    }

    @Test
    void anIdempotentReadModelHoldsUnderDuplicatesAndLostCheckpointsInEveryOrder() {
        ProjectionFixture.forStoredEvents(IdempotentLevels::new, IdempotentLevels::on)
                .withFaults(Faults.builder().duplicates(0.5).crashBeforeAck(0.5).build())
                .given("order-1", new Reserved("o-1", "p-1", 2), new Released("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-1", 3))
                .underEveryOrder()
                .thenQuery(model -> model.levels.reserved("p-1"), 3)
                .rebuild(model -> model.levels.snapshot());
    }

    @Test
    void aRebuildFromTheLogMatchesTheLiveReadModel() {
        levels.given("order-1", new Reserved("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-2", 3))
                .rebuild(Levels::snapshot);
    }

    @Test
    void aRebuildDiffersFromALiveReadModelThatCountedADuplicate() {
        assertThatThrownBy(() -> levels.withDuplicates(1.0)
                .given("order-1", new Reserved("o-1", "p-1", 2))
                .rebuild(Levels::snapshot))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("the read model rebuilt from the log differs from the live one: expected {p-1=4} (live) but"
                        + " was {p-1=2} (rebuilt)");
    }

    @Test
    void aReadModelWithValueEqualityComparesItselfAndMessagesCarryStreamAndVersion() {
        ProjectionFixture<Products> products = ProjectionFixture.forMessages(Products::new, Products::on);

        products.given("order-1", new Reserved("o-1", "p-1", 2), new Released("o-1", "p-1", 2))
                .given("order-2", new Reserved("o-2", "p-1", 3))
                .thenState(model -> assertThat(model.reserved()).isEqualTo(Map.of("p-1", 5)))
                .underEveryOrder()
                .thenConverges()
                .rebuild();
    }

    @Test
    void aReadModelWithoutEqualsNeedsAView() {
        assertThatThrownBy(() -> levels.given("order-1", new Reserved("o-1", "p-1", 2)).underEveryOrder().thenConverges())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Levels.class.getName() + " does not override equals, so two read models cannot be compared:"
                        + " say what to compare, e.g. thenConverges(model -> model.snapshot())");
    }

    @Test
    void aReadModelThatThrowsNamesTheEvent() {
        ProjectionFixture<Levels> failing = ProjectionFixture.forEvents(Levels::new, (Levels model, Object event) -> {
            if (event instanceof Released) {
                throw new IllegalStateException("nothing to release");
            }
            model.on(event);
        });

        assertThatThrownBy(() -> failing.given("order-1", new Reserved("o-1", "p-1", 2), new Released("o-1", "p-1", 2))
                .underEveryOrder()
                .thenQuery(model -> model.reserved("p-1"), 0))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("under order 1 of at most 100000 (every order that keeps each stream's order):"
                        + " the read model threw on order-1@1 (Released v1): java.lang.IllegalStateException: nothing to"
                        + " release");
    }

    @Test
    void tooManyOrdersForTheBoundSaysHowToGoOn() {
        assertThatThrownBy(() -> levels.given("order-1", new Reserved("o-1", "p-1", 1), new Reserved("o-1", "p-1", 1))
                .given("order-2", new Reserved("o-2", "p-1", 1), new Reserved("o-2", "p-1", 1))
                .underEveryOrder(3)
                .thenQuery(model -> model.reserved("p-1"), 4))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("the events have more than 3 orders: walk more with underEveryOrder(n), or sample them with"
                        + " underRandomOrders(n)");
    }

    @Test
    void refusesFaultsThatReorderAStream() {
        assertThatThrownBy(() -> levels.withFaults(Faults.builder().reorder(true).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProjectionFixture.withFaults(Faults.builder().reorder(true).build()): a stream keeps its"
                        + " order and every order of the streams is explored already; use duplicates or crashBeforeAck");
    }

    @Test
    void refusesAStreamWithoutEvents() {
        assertThatThrownBy(() -> levels.given("order-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("given(\"order-1\"): give the stream 1 or more events");
    }
}
