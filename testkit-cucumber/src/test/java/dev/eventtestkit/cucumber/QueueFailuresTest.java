package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.AssertionFailedError;

/** Failure messages of the exchange and queue steps, pinned whole: failing/queues.feature on the Cucumber engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueFailuresTest {

    private FeatureRun run;

    @BeforeAll
    void runTheFeature() {
        run = FeatureRun.of("failing/queues.feature");
    }

    @Test
    void failsEveryScenario() {
        run.tests().assertStatistics(stats -> stats.started(5).failed(5).succeeded(0));
    }

    @Test
    void countsTheReadyMessagesOfAQueue() {
        assertThat(run.failure("a queue holds fewer messages than expected"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected the queue "processed" to hold 2 messages, but it holds 1
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void comparesTheEventsAQueueHolds() {
        assertThat(run.failure("a queue holds other events"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected the queue "processed" to hold these events, in order (fields not listed are ignored):
                          1. PaymentRequested {"orderId":"o-2"}
                        but it holds 1 event:
                          1. PaymentRequested {"orderId":"o-1","amount":100}
                        differences:
                          event 1 PaymentRequested /orderId: expected "o-2" but was "o-1"
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void namesTheUnknownQueueOptionAndTheKnownOnes() {
        assertThat(run.failure("an unknown queue option")).hasMessage("the queue \"small\": unknown option"
                + " \"max size\"; the options are durable, exclusive, auto-delete, max length, overflow, message TTL,"
                + " dead-letter exchange, dead-letter routing key, single active consumer");
    }

    @Test
    void passesRabbitsRefusalThrough() {
        assertThat(run.failure("a send to an exchange nobody declared")).hasMessage("send to exchange 'nowhere'"
                + " with routing key 'k': 404 NOT_FOUND - no exchange 'nowhere' in vhost '/'");
    }

    @Test
    void namesTheExchangeTypes() {
        assertThat(run.failure("an exchange type that does not exist")).hasMessage("the exchange \"payments\":"
                + " the type is direct, fanout, topic or headers, was \"broadcast\"");
    }
}
