package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.EventCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSequenceDiffTest {

    record Shipped(String orderId) {}

    record Cancelled(String orderId, String reason) {}

    /** Equal fields, yet never equal: equals compares identity of a hidden token. */
    static final class Tokened {
        private final String orderId;
        private final Object token = new Object();

        Tokened(String orderId) {
            this.orderId = orderId;
        }

        public String getOrderId() {
            return orderId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tokened that && that.token == token;
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }
    }

    /** Private fields, no getters, no equals: nothing to compare by. */
    static final class Hidden {
        @SuppressWarnings("unused")
        private final String orderId;

        Hidden(String orderId) {
            this.orderId = orderId;
        }
    }

    private final EventFormat format = EventFormat.of(EventCodec.jackson(), IgnoredFields.none());

    @Test
    void matchesEqualSequences() {
        EventSequenceDiff diff = EventSequenceDiff.compare(
                List.of(new Shipped("o-1")), List.of(new Shipped("o-1")), format);

        assertThat(diff.matches()).isTrue();
        assertThat(diff.position()).isZero();
    }

    @Test
    void findsTheFirstDifferingPosition() {
        EventSequenceDiff diff = EventSequenceDiff.compare(
                List.of(new Shipped("o-1"), new Shipped("o-2"), new Shipped("o-3")),
                List.of(new Shipped("o-1"), new Cancelled("o-2", "late"), new Shipped("o-4")),
                format);

        assertThat(diff.position()).isEqualTo(2);
        assertThat(diff.message(List.of())).isEqualTo("""
                Expected events differ at position 2 (of 3 expected, 3 actual):
                  expected:
                    1. Shipped{orderId="o-1"}
                  > 2. Shipped{orderId="o-2"}
                    3. Shipped{orderId="o-3"}
                  actual:
                    1. Shipped{orderId="o-1"}
                  > 2. Cancelled{orderId="o-2", reason="late"}
                    3. Shipped{orderId="o-4"}""");
    }

    @Test
    void marksTheEventMissingFromTheExpectedSide() {
        EventSequenceDiff diff = EventSequenceDiff.compare(List.of(), List.of(new Shipped("o-1")), format);

        assertThat(diff.message(List.of("when ShipOrder{orderId=\"o-1\"}"))).isEqualTo("""
                Expected events differ at position 1 (of 0 expected, 1 actual):
                  when ShipOrder{orderId="o-1"}
                  expected:
                  > 1. (no event)
                  actual:
                  > 1. Shipped{orderId="o-1"}""");
        assertThat(diff.expectedText()).isEqualTo("(no events)");
        assertThat(diff.actualText()).isEqualTo("1. Shipped{orderId=\"o-1\"}");
    }

    @Test
    void saysWhenEqualsTellsApartEventsWithEqualFields() {
        EventSequenceDiff diff = EventSequenceDiff.compare(
                List.of(new Tokened("o-1")), List.of(new Tokened("o-1")), format);

        assertThat(diff.message(List.of())).isEqualTo("""
                Expected events differ at position 1 (of 1 expected, 1 actual):
                  expected:
                  > 1. Tokened{orderId="o-1"}
                  actual:
                  > 1. Tokened{orderId="o-1"}
                  (their JSON forms are equal, but equals() tells them apart)""");
    }

    @Test
    void refusesToMatchEventsWithNoVisibleFieldAndNoEquals() {
        EventSequenceDiff diff = EventSequenceDiff.compare(
                List.of(new Hidden("o-1")), List.of(new Hidden("o-2")), format);

        assertThat(diff.matches()).isFalse();
        assertThat(diff.message(List.of())).isEqualTo("""
                Expected events differ at position 1 (of 1 expected, 1 actual):
                  expected:
                  > 1. Hidden{}
                  actual:
                  > 1. Hidden{}
                  (the codec sees no field of dev.eventtestkit.report.EventSequenceDiffTest$Hidden and it does not \
                define equals(): give it getters or equals())""");
    }
}
