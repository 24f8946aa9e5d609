package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.EventCodec;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventFormatTest {

    record Address(String city, @Nullable String zip) {}

    record CustomerMoved(String customerId, Address to, List<Integer> floors, boolean urgent) {}

    record Note(String text) {}

    /** Its getter throws, so the codec cannot serialize it. */
    static final class Opaque {
        public String getSecret() {
            throw new UnsupportedOperationException("sealed");
        }

        @Override
        public String toString() {
            return "Opaque#1";
        }
    }

    private final EventFormat format = EventFormat.of(EventCodec.jackson(), IgnoredFields.none());

    @Test
    void rendersNestedObjectsArraysBooleansAndNulls() {
        CustomerMoved moved = new CustomerMoved("c-1", new Address("Lyon", null), List.of(1, 2), true);

        assertThat(format.render(moved))
                .isEqualTo("CustomerMoved{customerId=\"c-1\", to={city=\"Lyon\", zip=null}, floors=[1, 2], "
                        + "urgent=true}");
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaksInText() {
        assertThat(format.render(new Note("say \"hi\"\\\n\tbye")))
                .isEqualTo("Note{text=\"say \\\"hi\\\"\\\\\\n\\tbye\"}");
    }

    @Test
    void fallsBackToToStringWhenTheCodecCannotSerialize() {
        assertThat(format.render(new Opaque())).isEqualTo("Opaque#1");
        assertThat(format.render("just text")).isEqualTo("just text");
        assertThat(format.render(null)).isEqualTo("null");
    }

    @Test
    void matchesOnlySameClassEqualEvents() {
        assertThat(format.matches(new Note("a"), new Note("a"))).isTrue();
        assertThat(format.matches(new Note("a"), new Note("b"))).isFalse();
        assertThat(format.matches(new Note("a"), new Address("a", null))).isFalse();
        assertThat(format.matches(null, new Note("a"))).isFalse();
    }

    @Test
    void walksNestedObjectsToNameTheDifferingFields() {
        CustomerMoved expected = new CustomerMoved("c-1", new Address("Lyon", "69001"), List.of(1), true);
        CustomerMoved actual = new CustomerMoved("c-1", new Address("Paris", "69001"), List.of(1, 2), true);

        assertThat(format.differences(expected, actual)).extracting(FieldDifference::toString).containsExactly(
                "field to.city: expected \"Lyon\" but was \"Paris\"",
                "field floors: expected [1] but was [1, 2]");
    }

    @Test
    void namesFieldsPresentOnOneSideOnly() {
        EventCodec mapsAsEvents = EventCodec.jackson();
        EventFormat maps = EventFormat.of(mapsAsEvents, IgnoredFields.none());

        assertThat(maps.differences(Map.of("a", 1), Map.of("b", 2))).extracting(FieldDifference::toString)
                .containsExactly("field a: expected 1 but was (absent)", "field b: expected (absent) but was 2");
    }

    @Test
    void numbersEventsOneLineEach() {
        assertThat(format.numbered(List.of(new Note("a"), new Note("b")), "  "))
                .isEqualTo("  1. Note{text=\"a\"}\n  2. Note{text=\"b\"}");
        assertThat(format.numbered(List.of(), "  ")).isEqualTo("  (no events)");
    }
}
