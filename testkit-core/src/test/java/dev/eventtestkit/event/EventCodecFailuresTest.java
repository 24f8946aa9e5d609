package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Events the default codec cannot write fail with an {@link EventCodecException}, never a JVM error. */
class EventCodecFailuresTest {

    static final String TOO_DEEP = "cannot serialize " + DeepEvents.Node.class.getName() + " to JSON: ";
    static final String NESTS_TOO_DEEPLY = TOO_DEEP + "it nests deeper than 500 levels, the most the kit's JSON holds";
    /** Where the stack runs out before Jackson's tree is built: a small thread stack, or code not yet compiled. */
    static final String OVERFLOWED = TOO_DEEP + "it nests too deeply or refers to itself (the stack overflowed); the "
            + "kit's JSON holds at most 500 levels";

    @Test
    void aDeeplyNestedEventFailsWithACodecException() {
        assertThatThrownBy(() -> EventCodec.jackson().toJson(DeepEvents.nest(5_000)))
                .isInstanceOf(EventCodecException.class)
                .satisfies(e -> assertThat(e.getMessage()).isIn(NESTS_TOO_DEEPLY, OVERFLOWED));
        assertThatThrownBy(() -> EventCodec.jackson().toJson(DeepEvents.nest(501)))
                .isInstanceOf(EventCodecException.class)
                .hasMessage(NESTS_TOO_DEEPLY);
        assertThat(EventCodec.jackson().toJson(DeepEvents.nest(500)).at("/next".repeat(499)).get("value").asInt())
                .isZero();
        assertThat(EventCodec.jackson().toJson(DeepEvents.nest(2))).hasToString(
                "{\"next\":{\"next\":null,\"value\":0},\"value\":1}");
    }

    @Test
    void aDeeplyNestedEventAsTheJvmsFirstJacksonFailureLeavesJacksonWorking() throws Exception {
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {
                location(DeepEvents.class), location(Json.class),
                location(dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode.class)},
                ClassLoader.getPlatformClassLoader())) {
            @SuppressWarnings("unchecked")
            Supplier<String> run = (Supplier<String>) fresh.loadClass(DeepEvents.class.getName())
                    .getConstructor().newInstance();

            String[] lines = run.get().split("\n");

            assertThat(lines[0]).isIn(NESTS_TOO_DEEPLY, OVERFLOWED);
            assertThat(lines[1]).isEqualTo(NESTS_TOO_DEEPLY);
            assertThat(lines[2]).isEqualTo("{\"next\":{\"next\":null,\"value\":0},\"value\":1}");
        }
    }

    @Test
    void anEventTooDeepForTheStackFailsWithACodecException() throws InterruptedException {
        String[] outcome = new String[1];
        Thread small = new Thread(null, () -> outcome[0] = new DeepEvents().get().split("\n")[0], "small-stack", 64 * 1024);
        small.start();
        small.join();

        assertThat(outcome[0]).isEqualTo(OVERFLOWED);
    }

    @Test
    void anEventThatRefersToItselfFailsWithACodecException() {
        java.util.List<Object> loop = new java.util.ArrayList<>();
        loop.add(loop);

        assertThatThrownBy(() -> EventCodec.jackson().toJson(loop))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot serialize java.util.ArrayList to JSON: ");
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
