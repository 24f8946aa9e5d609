package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class FixtureContractsTest {

    @EventType(name = "Deposited")
    record Deposited(String account, long amount) {}

    record Unknown(String account) {}

    record Deposit(String account, long amount) {}

    static final Decider<Deposit, Object, Long> ACCOUNT = new Decider<>() {
        @Override
        public Long initialState() {
            return 0L;
        }

        @Override
        public List<Object> decide(Deposit command, Long state) {
            return command.amount() == 0
                    ? List.of(new Unknown(command.account()))
                    : List.of(new Deposited(command.account(), command.amount()));
        }

        @Override
        public Long evolve(Long state, Object event) {
            return event instanceof Deposited d ? state + d.amount() : state;
        }
    };

    @TempDir
    Path root;

    EventContracts contracts;

    @BeforeEach
    void writeContract() throws IOException {
        Path subject = Files.createDirectories(root.resolve("accounts/Deposited"));
        Files.writeString(subject.resolve("v1.json"), """
                {"type": "object",
                 "properties": {"account": {"type": "string"}, "amount": {"type": "integer", "minimum": 1}},
                 "required": ["account", "amount"], "additionalProperties": false}
                """);
        contracts = EventContracts.load(root);
    }

    @Test
    void validatesGivenAndProducedEventsAgainstTheirContracts() {
        AggregateFixture.forDecider(ACCOUNT)
                .withContracts(contracts)
                .given(new Deposited("a-1", 5))
                .when(new Deposit("a-1", 7))
                .thenEvents(new Deposited("a-1", 7))
                .thenState(balance -> assertThat(balance).isEqualTo(12L));

        assertThat(contracts.coverage().exercised()).containsExactly(new EventDescriptor("Deposited", 1));
    }

    @Test
    void aGivenEventThatBreaksItsContractFailsNamingPointerAndFile() {
        var scenario = AggregateFixture.forDecider(ACCOUNT).withContracts(contracts).given(new Deposited("a-1", -5));

        assertThatThrownBy(() -> scenario.when(new Deposit("a-1", 7)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Deposited v1 does not match its contract " + root + "/accounts/Deposited/v1.json:\n"
                        + "  #/amount: minimum: must have a minimum value of 1\n"
                        + "payload: {\"account\":\"a-1\",\"amount\":-5}");
    }

    @Test
    void aProducedEventWithoutAContractFailsListingTheKnownSubjects() {
        var scenario = AggregateFixture.forDecider(ACCOUNT).withContracts(contracts).givenNothing();

        assertThatThrownBy(() -> scenario.when(new Deposit("a-1", 0)))
                .isInstanceOf(ContractException.class)
                .hasMessage("event " + Unknown.class.getName() + " (Unknown v1): unknown subject \"Unknown\" in "
                        + "contracts root " + root + "; known: Deposited");
    }
}
