package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A descriptor that cannot be made says why, naming the class and the annotation's argument. */
class EventDescriptorErrorsTest {

    @EventType(name = "")
    record Unnamed(String id) {}

    @EventType(name = "  ")
    record Blank(String id) {}

    @EventType(name = "Shipped", version = 0)
    record VersionZero(String id) {}

    @Test
    void anEmptyNameMeansTheSimpleClassName() {
        assertThat(EventDescriptor.of(Unnamed.class)).isEqualTo(new EventDescriptor("Unnamed", 1));
    }

    @Test
    void aBlankNameIsNamedAsTheProblemNotTheVersion() {
        assertThatThrownBy(() -> EventDescriptor.of(Blank.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@EventType on " + Blank.class.getName() + ": name = \"  \" is blank; expected the event "
                        + "type name, or leave name out to use the simple class name");
    }

    @Test
    void aVersionBelowOneIsNamed() {
        assertThatThrownBy(() -> EventDescriptor.of(VersionZero.class))
                .hasMessage("@EventType on " + VersionZero.class.getName() + ": version must be 1 or more, was 0");
    }

    @Test
    void anAnonymousClassHasNoNameToUse() {
        Object event = new Object() {};

        assertThatThrownBy(() -> EventDescriptor.of(event.getClass()))
                .hasMessage(event.getClass().getName() + " has no simple name to use as its event type name (an "
                        + "anonymous class?): name it with @EventType(name = \"...\"), or use a named class");
    }
}
