package dev.eventtestkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.store.StoreEvents.OrderPaid;
import dev.eventtestkit.store.StoreEvents.OrderPlaced;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input to the store: one clear line naming the argument, and nothing appended. */
class StoreBadInputTest {

    private final FakeEventStore store = FakeEventStore.create();

    @Test
    void exactlyANegativeVersion() {
        assertThatThrownBy(() -> ExpectedVersion.exactly(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ExpectedVersion.exactly(-1): a stream version is 0 or more (the first event of a stream"
                        + " is version 0); use ExpectedVersion.noStream() for a stream that must not exist yet");
    }

    @Test
    void aBlankStreamName() {
        assertThatThrownBy(() -> store.append(" ", ExpectedVersion.any(), new OrderPlaced("o-1", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("append to a stream with a blank name refused: a stream name has at least one visible"
                        + " character; nothing appended");
        assertThat(store.readAll()).isEmpty();
    }

    @Test
    void aSystemStreamForEveryOperation() {
        assertThatThrownBy(() -> store.readStream("$all"))
                .hasMessage("read $all refused: stream names starting with $ are reserved for system streams (read the"
                        + " whole log with readAll); nothing read");
        assertThatThrownBy(() -> store.subscribeToStream("$all", From.start(), event -> {}))
                .hasMessage("subscribe to $all refused: stream names starting with $ are reserved for system streams"
                        + " (read the whole log with readAll); no subscription made");
        assertThatThrownBy(() -> store.deleteStream("$ce-order", ExpectedVersion.any()))
                .hasMessage("delete $ce-order refused: stream names starting with $ are reserved for system streams"
                        + " (read the whole log with readAll); nothing deleted");
        assertThatThrownBy(() -> store.setStreamMetadata("$settings", StreamMetadata.none()))
                .hasMessage("set the metadata of $settings refused: stream names starting with $ are reserved for"
                        + " system streams (read the whole log with readAll); nothing changed");
    }

    @Test
    void aNullEventInABatch() {
        List<Object> events = Arrays.asList(new OrderPlaced("o-1", 1), null);

        assertThatThrownBy(() -> store.append("order-1", ExpectedVersion.any(), events, Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("append to order-1 refused, nothing appended: event 2 of 2 is null");
        assertThat(store.readAll()).isEmpty();
    }

    @Test
    void anEventTheCodecCannotWrite() {
        assertThatThrownBy(() -> store.append("order-1", ExpectedVersion.any(), new OrderPaid("o-1"), new Exploding("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("append to order-1 refused, nothing appended: event 2 of 2 ("
                        + Exploding.class.getName() + "): cannot serialize " + Exploding.class.getName() + " to JSON: ");
        assertThat(store.readAll()).isEmpty();
    }

    /** An event whose field cannot be read. */
    record Exploding(String field) {
        @Override
        public String field() {
            throw new IllegalStateException("no field today");
        }
    }

    @Test
    void negativeVersionsAndPositionsToReadFrom() {
        assertThatThrownBy(() -> store.readStream("order-1", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readStream(order-1, -1): a version is 0 or more");
        assertThatThrownBy(() -> store.readAll(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readAll(-3): a position is 0 or more");
    }

    @Test
    void aCheckpointBelowZero() {
        assertThatThrownBy(() -> From.after(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("From.after(-1): a checkpoint is the position or version of an event handled, 0 or more;"
                        + " use From.start() when none was handled yet");
    }

    @Test
    void metadataLimitsOutOfRange() {
        assertThatThrownBy(() -> StreamMetadata.none().withMaxCount(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StreamMetadata.withMaxCount(0): a stream shows 1 or more of its last events; use"
                        + " StreamMetadata.none() for no limit");
        assertThatThrownBy(() -> StreamMetadata.none().withTruncateBefore(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StreamMetadata.withTruncateBefore(-2): a stream version is 0 or more");
    }

    @Test
    void anEmptyAppendChecksTheVersionAndWritesNothing() {
        AppendResult none = store.append("order-1", ExpectedVersion.noStream());
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        AppendResult again = store.append("order-1", ExpectedVersion.exactly(0));

        assertThat(none).isEqualTo(new AppendResult(-1, -1));
        assertThat(again).isEqualTo(new AppendResult(0, 0));
        assertThatThrownBy(() -> store.append("order-1", ExpectedVersion.noStream()))
                .isInstanceOf(WrongExpectedVersionException.class);
        assertThat(store.readAll()).hasSize(1);
    }
}
