package dev.eventtestkit.junit5;

import dev.eventtestkit.contract.ContractCoverage;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.report.html.CoverageHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code contract-coverage.json} (which subject versions the run's tests validated, and which none
 * did) and {@code contract-coverage.html} (the same as a page), and prints one summary line per contracts folder.
 */
final class CoverageReport {

    static final String FILE_NAME = "contract-coverage.json";
    static final String HTML_FILE_NAME = "contract-coverage.html";

    private CoverageReport() {}

    static void write(Path dir, Collection<EventContracts> loaded) {
        List<Map<String, Object>> roots = new ArrayList<>();
        for (EventContracts contracts : loaded) {
            ContractCoverage coverage = contracts.coverage();
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("root", contracts.root().toString().replace('\\', '/'));
            root.put("total", coverage.all().size());
            root.put("exercised", versions(coverage.exercised()));
            root.put("notExercised", versions(coverage.missing()));
            roots.add(root);
            System.out.println(summary(contracts));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE_NAME), Json.valueOf(Map.of("roots", roots)).toPrettyString() + "\n");
            Files.writeString(dir.resolve(HTML_FILE_NAME), CoverageHtml.render(loaded));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract coverage to " + dir.resolve(FILE_NAME), e);
        }
    }

    /** @return e.g. {@code EventTestkit contract coverage of schemas: 2 of 3 contract versions exercised; missing: ...} */
    static String summary(EventContracts contracts) {
        return "EventTestkit contract coverage of " + contracts.root().toString().replace('\\', '/') + ": "
                + contracts.coverage().summary();
    }

    private static List<Map<String, Object>> versions(Set<EventDescriptor> versions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EventDescriptor version : versions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("subject", version.name());
            entry.put("version", version.version());
            list.add(entry);
        }
        return list;
    }
}
