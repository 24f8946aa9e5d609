package example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.EventTestkitKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Kafka delivers at least once. Under the duplicates fault, the non-idempotent {@link Billing} listener charges an
 * order twice: the test that expects one charge fails, and its message names the seed that replays the run.
 */
class DuplicateDeliveryTest {

    @Test
    void theNonIdempotentListenerIsCaughtWithTheSeedThatReplaysIt() {
        Throwable failure = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ChargesOncePerOrder.class))
                .execute().testEvents().failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();

        assertThat(failure.getMessage())
                .contains("to contain exactly in any order:\n  [\"o-1\", \"o-2\", \"o-3\"]\nbut the following elements"
                        + " were unexpected")
                .contains("FakeBroker timeline (seed 42, Faults.builder().duplicates(0.5).build()):")
                .containsPattern("orders\\[\\d]@0 +billing +1 +fault duplicate: acked, delivered again")
                .containsPattern("\nSchedule report: .*/target/eventtestkit-reports/"
                        + "example\\.orders\\.DuplicateDeliveryTest_ChargesOncePerOrder\\.everyOrderIsChargedOnce/seed-42\\.html\n");
    }

    /** What a team writes: every order is charged once. Run by the test above, not on its own. */
    @SpringBootTest
    @EventTestkitKafka(seed = 42, duplicates = 0.5)
    static class ChargesOncePerOrder {

        @Autowired
        FakeBroker broker;

        @Autowired
        OrderService service;

        @Autowired
        Billing billing;

        @BeforeEach
        void noChargesYet() {
            billing.reset();
        }

        @Test
        void everyOrderIsChargedOnce() {
            service.place("o-1", 100);
            service.place("o-2", 200);
            service.place("o-3", 300);
            broker.runUntilIdle();

            assertThat(billing.charged()).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
        }
    }
}
