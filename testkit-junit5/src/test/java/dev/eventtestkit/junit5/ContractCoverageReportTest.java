package dev.eventtestkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.junit5.Events.OrderPlaced;
import dev.eventtestkit.junit5.Events.PaymentCharged;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ContractCoverageReportTest {

    @TempDir
    Path coverage;

    @Test
    void writesWhichSubjectVersionsTheRunExercisedAcrossClassesAndPrintsOneSummaryLine() throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EngineExecutionResults results;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            results = Scenarios.run(coverage.resolve("reports"), Map.of(), PublishesOrders.class,
                    PublishesPayments.class);
        } finally {
            System.setOut(console);
        }

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("EventTestkit contract coverage of "
                + "src/test/resources/contracts/shop: 2 of 3 contract versions exercised; missing: OrderPlaced v2"
                + System.lineSeparator());
        assertThat(Files.readString(coverage.resolve("reports/contract-coverage.json"))).isEqualTo("""
                {
                  "roots" : [ {
                    "root" : "src/test/resources/contracts/shop",
                    "total" : 3,
                    "exercised" : [ {
                      "subject" : "OrderPlaced",
                      "version" : 1
                    }, {
                      "subject" : "PaymentCharged",
                      "version" : 1
                    } ],
                    "notExercised" : [ {
                      "subject" : "OrderPlaced",
                      "version" : 2
                    } ]
                  } ]
                }
                """);
    }

    @Test
    void writesTheCoverageAsAPageBesideTheJson() throws IOException {
        Scenarios.run(coverage.resolve("reports"), Map.of(), PublishesOrders.class, PublishesPayments.class);

        assertThat(Files.readString(coverage.resolve("reports/contract-coverage.html"))).startsWith("<!DOCTYPE html>")
                .contains("<h2><code>src/test/resources/contracts/shop</code></h2>\n"
                        + "<p>2 of 3 contract versions exercised; missing: OrderPlaced v2</p>")
                .contains("<tr><th>OrderPlaced</th><td><ol class=\"versions\"><li class=\"ok\" title=\"exercised\">v1"
                        + " &#10003;</li><li class=\"miss\" title=\"not exercised\">v2 &#8211;</li></ol></td>");
    }

    @Test
    void writesNoReportWhenNoTestLoadedContracts() {
        Scenarios.run(coverage, NoContracts.class);

        assertThat(coverage.resolve("contract-coverage.json")).doesNotExist();
        assertThat(coverage.resolve("contract-coverage.html")).doesNotExist();
    }

    @OnlyInEngineTestKit
    @EventTest(schemas = Events.SHOP)
    static class PublishesOrders {
        @Test
        void placesAnOrder(FakeBroker broker) {
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        }
    }

    @OnlyInEngineTestKit
    @EventTest(schemas = Events.SHOP)
    static class PublishesPayments {
        @Test
        void chargesIt(FakeBroker broker) {
            broker.publish("payments", "o-1", new PaymentCharged("o-1", 100));
        }
    }

    @OnlyInEngineTestKit
    @EventTest
    static class NoContracts {
        @Test
        void placesAnOrder(FakeBroker broker) {
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        }
    }
}
