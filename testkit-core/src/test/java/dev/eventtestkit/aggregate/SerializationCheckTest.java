package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The serialization check: every event and command must survive a round trip through the codec. */
class SerializationCheckTest {

    record Open(String accountId) {}

    /** Loses its secret: the codec never writes it. */
    record Opened(String accountId, @JsonIgnore String secret) {}

    /** Changes its name: the accessor trims what the field holds. */
    record Named(String name) {
        @Override
        public String name() {
            return name.trim();
        }
    }

    /** Why an account closes: the JSON of a reason does not say which kind it is. */
    interface Reason {}

    record Moved(String country) implements Reason {}

    /** A command the codec can write but not read: its reason is an interface. */
    record Close(String accountId, Reason reason) {}

    private static final Decider<Object, Object, Integer> ACCOUNTS = new Decider<>() {
        @Override
        public Integer initialState() {
            return 0;
        }

        @Override
        public List<Object> decide(Object command, Integer state) {
            return command instanceof Open open ? List.of(new Opened(open.accountId(), "s-3cr3t")) : List.of();
        }

        @Override
        public Integer evolve(Integer state, Object event) {
            return state + 1;
        }
    };

    private final AggregateFixture<Object, Object, Integer> accounts = AggregateFixture.forDecider(ACCOUNTS);

    @Test
    void namesTheFieldAProducedEventLoses() {
        Scenario<Object, Object, Integer> scenario = accounts.givenNothing();

        AssertionFailedError failure = Caught.failure(() -> scenario.when(new Open("a-1")));

        assertThat(failure).hasMessage("""
                Serialization check: dev.eventtestkit.aggregate.SerializationCheckTest$Opened does not survive a \
                round trip through the codec:
                  produced event 1, Opened{accountId="a-1"}
                  JSON: {"accountId":"a-1"}
                  read back: Opened{accountId="a-1"}
                  field secret: expected "s-3cr3t" but was null
                  Give the class what the codec needs to read it (a constructor or setters, field names it writes), \
                give the fixture the codec production uses (withCodec), or turn the check off with \
                withoutSerializationCheck().""");
        assertThat(failure.getExpected().getStringRepresentation())
                .isEqualTo("Opened{accountId=\"a-1\", secret=\"s-3cr3t\"}");
        assertThat(failure.getActual().getStringRepresentation()).isEqualTo("Opened{accountId=\"a-1\", secret=null}");
    }

    @Test
    void namesTheFieldAGivenEventChanges() {
        Scenario<Object, Object, Integer> scenario = accounts.given(new Named(" ada "));

        assertThatThrownBy(() -> scenario.when(new Open("a-1"))).hasMessageStartingWith("""
                Serialization check: dev.eventtestkit.aggregate.SerializationCheckTest$Named does not survive a \
                round trip through the codec:
                  given event 1, Named{name="ada"}
                  JSON: {"name":"ada"}
                  read back: Named{name="ada"}
                  field name: expected " ada " but was "ada"
                """);
    }

    @Test
    void checksTheCommandToo() {
        Scenario<Object, Object, Integer> scenario = accounts.givenNothing();

        assertThatThrownBy(() -> scenario.when(new Close("a-1", new Moved("NZ"))))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("""
                        Serialization check: dev.eventtestkit.aggregate.SerializationCheckTest$Close cannot be read \
                        back from its JSON:
                          the command, Close{accountId="a-1", reason={country="NZ"}}
                          JSON: {"accountId":"a-1","reason":{"country":"NZ"}}
                          the codec says: cannot read dev.eventtestkit.aggregate.SerializationCheckTest$Close from \
                        {"accountId":"a-1","reason":{"country":"NZ"}}: Cannot construct instance of""");
    }

    @Test
    void letsTheTestTurnTheCheckOff() {
        accounts.withoutSerializationCheck()
                .given(new Named(" ada "))
                .when(new Close("a-1", new Moved("NZ")))
                .thenNoEvents();
        accounts.withoutSerializationCheck()
                .givenNothing()
                .when(new Open("a-1"))
                .thenEvents(new Opened("a-1", "s-3cr3t"));
    }

    @Test
    void addsValidatorsUpInTheOrderTheyWereGiven() {
        List<String> seen = new ArrayList<>();
        AggregateFixture<Object, Object, Integer> validated = accounts.withoutSerializationCheck()
                .withValidator((event, descriptor, payload) -> seen.add("first " + descriptor.name()))
                .withValidator((event, descriptor, payload) -> seen.add("second " + payload));

        validated.givenNothing().when(new Open("a-1")).thenEvents(new Opened("a-1", "s-3cr3t"));

        assertThat(seen).containsExactly("first Opened", "second {\"accountId\":\"a-1\"}");
    }
}
