package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventtestkit.event.EventCodec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class IgnoringFieldsTest {

    interface Stamped {}

    record Registered(String userId, String name, Instant at) implements Stamped {}

    record Register(String name) {}

    /** An ordinary class without equals: compared by its JSON form (and read back through its creator). */
    static final class Renamed {
        private final String name;
        private final long version;

        @JsonCreator
        Renamed(@JsonProperty("name") String name, @JsonProperty("version") long version) {
            this.name = name;
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public long getVersion() {
            return version;
        }
    }

    private static final Decider<Object, Object, Long> USERS = new Decider<>() {
        @Override
        public Long initialState() {
            return 0L;
        }

        @Override
        public List<Object> decide(Object command, Long generated) {
            String name = ((Register) command).name();
            return List.of(new Registered("u-" + (generated + 41), name, Instant.parse("2026-05-05T10:00:00Z")),
                    new Renamed(name, generated + 1));
        }

        @Override
        public Long evolve(Long generated, Object event) {
            return generated + 1;
        }
    };

    private final AggregateFixture<Object, Object, Long> users = AggregateFixture.forDecider(USERS);

    @Test
    void comparesWithoutTheIgnoredFields() {
        users.ignoringFields(Registered.class, "userId", "at")
                .givenNothing()
                .when(new Register("ada"))
                .thenEvents(new Registered("any", "ada", Instant.EPOCH), new Renamed("ada", 1));
    }

    @Test
    void ignoresAFieldOnEveryEventOfAnInterface() {
        users.ignoringFields(Stamped.class, "at")
                .ignoringFields(Registered.class, "userId")
                .givenNothing()
                .when(new Register("ada"))
                .thenEvents(new Registered("u-?", "ada", Instant.EPOCH), new Renamed("ada", 1));
    }

    @Test
    void showsIgnoredFieldsAsIgnoredAndNamesOnlyTheOthers() {
        Outcome<Object, Object, Long> outcome = users.ignoringFields(Registered.class, "at")
                .givenNothing()
                .when(new Register("ada"));

        assertThatThrownBy(() -> outcome.thenEvents(new Registered("u-1", "bob", Instant.EPOCH)))
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 2 actual):
                          when Register{name="ada"}
                          expected:
                          > 1. Registered{userId="u-1", name="bob", at=(ignored)}
                          actual:
                          > 1. Registered{userId="u-41", name="ada", at=(ignored)}
                            2. Renamed{name="ada", version=1}
                          field userId: expected "u-1" but was "u-41"
                          field name: expected "bob" but was "ada\"""");
    }

    @Test
    void comparesClassesWithoutEqualsByTheirFields() {
        Outcome<Object, Object, Long> outcome = users.ignoringFields(Registered.class, "userId", "at")
                .givenNothing()
                .when(new Register("ada"));

        assertThatThrownBy(() -> outcome.thenEvents(new Registered("", "ada", Instant.EPOCH), new Renamed("ada", 2)))
                .hasMessage("""
                        Expected events differ at position 2 (of 2 expected, 2 actual):
                          when Register{name="ada"}
                          expected:
                            1. Registered{userId=(ignored), name="ada", at=(ignored)}
                          > 2. Renamed{name="ada", version=2}
                          actual:
                            1. Registered{userId=(ignored), name="ada", at=(ignored)}
                          > 2. Renamed{name="ada", version=1}
                          field version: expected 2 but was 1""");
    }

    @Test
    void rendersAndComparesFieldsThroughTheConfiguredCodec() {
        EventCodec snakeCase = dev.eventtestkit.event.Jackson3Codec.of(
                JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build());
        Outcome<Object, Object, Long> outcome = users.withCodec(snakeCase)
                .ignoringFields(Registered.class, "user_id", "at")
                .givenNothing()
                .when(new Register("ada"));

        outcome.thenEvents(new Registered("", "ada", Instant.EPOCH), new Renamed("ada", 1));
        assertThatThrownBy(() -> outcome.thenEvents(new Registered("", "bob", Instant.EPOCH), new Renamed("ada", 1)))
                .hasMessage("""
                        Expected events differ at position 1 (of 2 expected, 2 actual):
                          when Register{name="ada"}
                          expected:
                          > 1. Registered{user_id=(ignored), name="bob", at=(ignored)}
                            2. Renamed{name="ada", version=1}
                          actual:
                          > 1. Registered{user_id=(ignored), name="ada", at=(ignored)}
                            2. Renamed{name="ada", version=1}
                          field name: expected "bob" but was "ada\"""");
    }

    @Test
    void refusesToIgnoreNoField() {
        assertThatThrownBy(() -> users.ignoringFields(Registered.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name at least one field of " + Registered.class.getName() + " to ignore");
    }
}
