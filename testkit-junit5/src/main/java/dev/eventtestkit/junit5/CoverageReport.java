package dev.eventtestkit.junit5;

import dev.eventtestkit.contract.ContractCoverage;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code contract-coverage.json} (which subject versions the run's tests validated, and which none
 * did) and prints one summary line per contracts folder.
 */
final class CoverageReport {

    static final String FILE_NAME = "contract-coverage.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CoverageReport() {}

    static void write(Path dir, Collection<EventContracts> loaded) {
        ObjectNode report = JSON.createObjectNode();
        ArrayNode roots = report.putArray("roots");
        for (EventContracts contracts : loaded) {
            ContractCoverage coverage = contracts.coverage();
            ObjectNode root = roots.addObject();
            root.put("root", contracts.root().toString().replace('\\', '/'));
            root.put("total", coverage.all().size());
            versions(root.putArray("exercised"), coverage.exercised());
            versions(root.putArray("notExercised"), coverage.missing());
            System.out.println(summary(contracts));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE_NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report)
                    + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract coverage to " + dir.resolve(FILE_NAME), e);
        }
    }

    /** @return e.g. {@code EventTestkit contract coverage of schemas: 2 of 3 contract versions exercised; missing: ...} */
    static String summary(EventContracts contracts) {
        return "EventTestkit contract coverage of " + contracts.root().toString().replace('\\', '/') + ": "
                + contracts.coverage().summary();
    }

    private static void versions(ArrayNode array, Set<EventDescriptor> versions) {
        for (EventDescriptor version : versions) {
            array.addObject().put("subject", version.name()).put("version", version.version());
        }
    }
}
