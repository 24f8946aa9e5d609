package dev.eventtestkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.report.check.CheckOutcome;
import dev.eventtestkit.report.check.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 items 2 and 4: the compatibility check and the contract coverage as HTML pages. */
class CompatibilityHtmlTest {

    @TempDir
    Path dir;

    @Test
    void showsEachSubjectsVersionsAndEachBreakingChangeSideBySide() throws IOException {
        Path root = dir.resolve("schemas");
        write(root, "orders/OrderPlaced/v1.json", """
                {"type": "object", "properties": {"orderId": {"type": "string"}, "amount": {"type": "integer"}}}
                """);
        write(root, "orders/OrderPlaced/v2.json", """
                {"type": "object", "properties": {"orderId": {"type": "string"}, "amount": {"type": "string"}}}
                """);
        write(root, "orders/OrderShipped/v1.json", "{\"type\": \"object\"}");

        String html = ReportFormat.HTML.render(CheckOutcome.check(root, null));

        assertThat(ReportFormat.of("html")).isSameAs(ReportFormat.HTML);
        assertThat(ReportFormat.HTML.fileName()).isEqualTo("eventtestkit-check.html");
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<p class=\"bad\">incompatible: 2 subjects, 3 versions checked: 1 incompatible</p>")
                .contains("<h2>OrderPlaced <small>BACKWARD, STRICT</small></h2>")
                .contains(">v1 &#10003;</li><li class=\"bad\"")
                .contains(">v2 &#10007;</li>")
                .contains("<span class=\"type\">TYPE_CHANGED</span> <code>#/properties/amount</code> in v2")
                .contains("<figcaption>v1 <code>#/properties/amount</code></figcaption><pre>{\n  &quot;type&quot; : &quot;integer&quot;\n}</pre>")
                .contains("<figcaption>v2 <code>#/properties/amount</code></figcaption><pre>{\n  &quot;type&quot; : &quot;string&quot;\n}</pre>")
                .contains("<p class=\"witness\"><b>witness</b> v1 accepts it, v2 rejects it</p>")
                .contains("<h2>OrderShipped <small>");
        assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void showsReleasedVersionsThatChangedOrVanished() throws IOException {
        Path root = dir.resolve("schemas");
        Path base = dir.resolve("base");
        write(root, "orders/OrderShipped/v1.json", "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}");
        write(base, "orders/OrderShipped/v1.json",
                "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\", \"minLength\": 1}}}");
        write(base, "Gone/v1.json", "{}");

        String html = ReportFormat.HTML.render(CheckOutcome.check(root, base));

        assertThat(html).contains("<h2>Released versions that changed or vanished</h2>")
                .contains("<span class=\"type\">RELEASED_VERSION_REMOVED</span> <code>#/</code> in Gone v1")
                .contains("<span class=\"type\">RELEASED_VERSION_CHANGED</span> <code>#/properties/id/minLength</code>"
                        + " in OrderShipped v1")
                .contains("</code></figcaption><pre>1</pre></figure><figure><figcaption>now <code>");
    }

    @Test
    void escapesWhatTheSchemasHold() throws IOException {
        Path root = dir.resolve("schemas");
        write(root, "x/Evil/v1.json", "{\"type\": \"object\", \"properties\": {\"a</script><b>\": {\"type\": \"integer\","
                + " \"description\": \"<img src=x onerror=alert(1)> \\u0007\"}}}");
        write(root, "x/Evil/v2.json", "{\"type\": \"object\", \"properties\": {\"a</script><b>\": {\"type\": \"string\"}}}");

        String html = ReportFormat.HTML.render(CheckOutcome.check(root, null));

        assertThat(html).contains("a&lt;/script&gt;&lt;b&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img").doesNotContain("</script><b>").doesNotContain("\u0007");
    }

    @Test
    void drawsTheContractCoverage() throws IOException {
        Path root = dir.resolve("schemas");
        write(root, "orders/OrderPlaced/v1.json", "{\"type\": \"object\"}");
        write(root, "orders/OrderPlaced/v2.json", "{\"type\": \"object\"}");
        write(root, "orders/OrderShipped/v1.json", "{\"type\": \"object\"}");
        EventContracts contracts = EventContracts.load(root);
        contracts.validate("OrderPlaced", 2, Json.emptyObject());

        String html = CoverageHtml.render(List.of(contracts));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<p>1 of 3 contract versions exercised; missing: OrderPlaced v1, OrderShipped v1</p>")
                .contains("<div class=\"bar\" title=\"33%\"><span style=\"width:33%\"></span></div>")
                .contains("<tr><th>OrderPlaced</th><td><ol class=\"versions\"><li class=\"miss\" title=\"not exercised\">"
                        + "v1 &#8211;</li><li class=\"ok\" title=\"exercised\">v2 &#10003;</li></ol></td>"
                        + "<td class=\"count\">1 of 2</td></tr>")
                .contains("<tr><th>OrderShipped</th>");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
