package dev.eventtestkit.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.benchmarks.broker.FakeBrokerBenchmark.OrderPlaced;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarked scenario publishes and delivers every message, with either codec, deterministically. */
class FakeBrokerBenchmarkTest {

    private final OrderPlaced event = new OrderPlaced("o-1", 100);

    @Test
    void deliversEveryMessageOnceWithTheJacksonCodec() {
        List<Message> delivered = new ArrayList<>();

        FakeBroker broker = FakeBrokerBenchmark.run(FakeBroker.create(), event, delivered::add);

        assertThat(delivered).hasSize(FakeBrokerBenchmark.MESSAGES);
        assertThat(delivered).allMatch(m -> m.attempt() == 1);
        assertThat(delivered.get(delivered.size() - 1).offset()).isEqualTo(FakeBrokerBenchmark.MESSAGES - 1);
        assertThat(delivered.get(0).payloadAs(OrderPlaced.class)).isEqualTo(event);
        assertThat(broker.messages("orders")).hasSize(FakeBrokerBenchmark.MESSAGES);
    }

    @Test
    void thePreSerializedCodecDeliversTheSamePayloads() {
        List<Message> delivered = new ArrayList<>();
        FakeBroker broker = FakeBroker.builder().codec(FakeBrokerBenchmark.preSerialized(event)).build();

        FakeBrokerBenchmark.run(broker, event, delivered::add);

        assertThat(delivered).hasSize(FakeBrokerBenchmark.MESSAGES);
        assertThat(delivered.get(0).payloadAs(OrderPlaced.class)).isEqualTo(event);
    }

    @Test
    void theSameSeedGivesAByteIdenticalTrace() {
        FakeBroker first = FakeBrokerBenchmark.run(FakeBroker.create(), event, m -> {});
        FakeBroker second = FakeBrokerBenchmark.run(FakeBroker.create(), event, m -> {});

        assertThat(first.trace().size()).isEqualTo(3 * FakeBrokerBenchmark.MESSAGES);
        assertThat(second.trace().render()).isEqualTo(first.trace().render());
        assertThat(second.messages("orders").get(42).id()).isEqualTo(first.messages("orders").get(42).id());
    }
}
