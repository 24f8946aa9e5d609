package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IgnoredFieldsTest {

    interface Stamped {}

    record Created(String id, long at) implements Stamped {}

    record Other(String id) {}

    @Test
    void collectsTheFieldsOfTheTypeAndItsSupertypes() {
        IgnoredFields ignored = IgnoredFields.none().with(Stamped.class, "at").with(Created.class, "id");

        assertThat(ignored.of(Created.class)).containsExactly("at", "id");
        assertThat(ignored.of(Other.class)).isEmpty();
    }

    @Test
    void leavesTheOriginalUnchanged() {
        IgnoredFields none = IgnoredFields.none();

        none.with(Created.class, "id");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.of(Created.class)).isEmpty();
    }

    @Test
    void refusesBlankFieldNames() {
        assertThatThrownBy(() -> IgnoredFields.none().with(Created.class, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a field name to ignore on " + Created.class.getName() + " is blank");
    }
}
