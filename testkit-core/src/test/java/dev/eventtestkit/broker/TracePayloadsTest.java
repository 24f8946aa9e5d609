package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19 item 3: the text timeline shows payloads and headers on request, shortened, on one line each. */
class TracePayloadsTest {

    @Test
    void showsThePayloadAndTheSortedHeadersUnderEachPublishAndDelivery() {
        FakeBroker broker = FakeBroker.builder().seed(7).build();
        broker.subscribe("orders", "billing", m -> {});
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("traceId", "t-1");
        headers.put("tenant", "acme");
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100), headers);
        broker.runUntilIdle();

        String timeline = broker.trace().withPayloads().render();

        assertThat(timeline).isEqualTo(""
                + "time                      step  position     group    attempt  event\n"
                + "2026-01-01T00:00:00.000Z  -     orders[0]@0  -        -        publish OrderPlaced v2 key=o-1\n"
                + "                                                               payload {\"orderId\":\"o-1\",\"amount\":100}\n"
                + "                                                               headers tenant=\"acme\", traceId=\"t-1\"\n"
                + "2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        deliver to instance 1\n"
                + "                                                               payload {\"orderId\":\"o-1\",\"amount\":100}\n"
                + "                                                               headers tenant=\"acme\", traceId=\"t-1\"\n"
                + "2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        ack\n");
        assertThat(broker.trace().render()).doesNotContain("payload");
        assertThat(broker.trace().withPayloads()).isEqualTo(broker.trace());
    }

    @Test
    void shortensLongPayloadsAndHeaderValuesCountingWhatWasCut() {
        FakeBroker broker = FakeBroker.builder().seed(1).build();
        String huge = "x".repeat(1_000_000);
        broker.publish("orders", "o-1", new OrderPlaced(huge, 1), Map.of("note", "y".repeat(50)));

        String text = broker.trace().withPayloads(20).render();

        assertThat(text).contains("payload {\"orderId\":\"xxxxxxxx... (1000005 more chars)\n")
                .contains("headers note=\"yyyyyyyyyyyyyyyyyyyy... (30 more chars)\"\n");
        assertThat(text.length()).isLessThan(500);
    }

    @Test
    void keepsControlCharactersQuotesAndUnicodeOnOneLine() {
        FakeBroker broker = FakeBroker.builder().seed(1).build();
        broker.publish("orders", "o-1", new OrderPlaced("a\nb\u0007\"</script>é😀", 1),
                Map.of("h\tx", "line1\nline2 \"q\" \\ \u2028"));

        String text = broker.trace().withPayloads().render();

        assertThat(text).contains("payload {\"orderId\":\"a\\nb\\u0007\\\"</script>é😀\",\"amount\":1}\n")
                .contains("headers h\\tx=\"line1\\nline2 \\\"q\\\" \\\\ \\u2028\"\n");
        assertThat(text.lines()).hasSize(4);
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        FakeBroker broker = FakeBroker.builder().seed(1).build();
        broker.publish("orders", "o-1", new OrderPlaced("😀😀😀", 1));

        // {"orderId":" is 12 characters, so a bound of 13 would end inside the first emoji
        assertThat(broker.trace().withPayloads(13).render())
                .contains("payload {\"orderId\":\"... (19 more chars)\n");
    }

    @Test
    void theTailKeepsPayloadsAndTheRecords() {
        FakeBroker broker = FakeBroker.builder().seed(3).build();
        broker.subscribe("orders", "billing", m -> {});
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 2));
        broker.runUntilIdle();
        Trace trace = broker.trace();

        Trace tail = trace.withPayloads().last(2);

        assertThat(tail.entries()).isEqualTo(trace.entries().subList(trace.size() - 2, trace.size()));
        assertThat(tail.message(0)).contains(trace.message(trace.size() - 2).orElseThrow());
        assertThat(tail.render()).contains("payload {\"orderId\":\"o-2\",\"amount\":2}");
        assertThat(tail).isEqualTo(new Trace(trace.entries().subList(trace.size() - 2, trace.size())));
        assertThat(new Trace(trace.entries()).message(0)).isEmpty();
    }

    @Test
    void refusesABoundBelowOne() {
        assertThatThrownBy(() -> FakeBroker.builder().build().trace().withPayloads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withPayloads(maxChars): expected 1 or more characters, was 0");
    }
}
