package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A failing scenario that used the broker logs its seed and timeline to Cucumber's report. */
class SeedLogTest {

    @Test
    void logsTheSeedAndTheTimelineOfAFailedScenario(@TempDir Path reports) throws IOException {
        Path messages = reports.resolve("messages.ndjson");

        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "dev.eventtestkit.cucumber")
                .configurationParameter("cucumber.plugin", "message:" + messages)
                .selectors(selectClasspathResource("failing/broker.feature"))
                .execute();

        List<String> all = Files.readAllLines(messages).stream()
                .filter(line -> line.startsWith("{\"attachment\"")).toList();
        List<String> attachments = all.stream().filter(line -> !line.contains("\"mediaType\":\"text/html\"")).toList();
        List<String> pages = all.stream().filter(line -> line.contains("\"mediaType\":\"text/html\"")).toList();
        assertThat(attachments).hasSize(7);
        assertThat(pages).hasSize(7);
        assertThat(pages.get(0)).contains("\"fileName\":\"eventtestkit-schedule-seed-42.html\"");
        assertThat(attachments.get(0))
                .contains("EventTestkit broker seed: 42\\n")
                .contains("publish PaymentRequested v1 key=o-1")
                .contains("fault duplicate: acked, delivered again");
    }
}
