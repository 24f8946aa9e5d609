package dev.eventtestkit.junit5.engine;

import dev.eventtestkit.contract.CompatibilityLevel;
import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.ContractExample;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.SchemaLines;
import dev.eventtestkit.contract.Violation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.opentest4j.AssertionFailedError;

/**
 * Builds the tests of one contracts root: per subject and version, {@code valid schema}, one check per example
 * and {@code compatible at <level> with <versions>}. A root that does not load becomes one failed test (see
 * {@link LoadFailure}).
 */
final class RootDiscovery {

    private final ContractTree tree;

    private RootDiscovery(UniqueId engineId, Path root) {
        this.tree = new ContractTree(engineId, root);
    }

    static ContractNode discover(UniqueId engineId, Path root) {
        RootDiscovery discovery = new RootDiscovery(engineId, root);
        EventContracts contracts;
        try {
            contracts = EventContracts.load(root);
        } catch (ContractException unloadable) {
            return LoadFailure.attribute(discovery.tree, unloadable);
        }
        discovery.addChecks(contracts);
        return discovery.tree.root();
    }

    private void addChecks(EventContracts contracts) {
        Map<String, CompatibilityReport.VersionResult> results = new HashMap<>();
        for (CompatibilityReport.VersionResult result : contracts.checkCompatibility().results()) {
            results.put(result.subject() + " v" + result.version(), result);
        }
        for (String subject : contracts.subjects()) {
            ContractNode subjectNode = tree.subject(subject, contracts.file(subject, 1).getParent());
            for (int n = 1; n <= contracts.latestVersion(subject); n++) {
                int version = n;
                Path file = contracts.file(subject, version);
                ContractNode versionNode = ContractTree.version(subjectNode, version, file);
                ContractTree.schemaCheck(versionNode, file, () -> contracts.schema(subject, version));
                for (ContractExample example : contracts.examples(subject, version)) {
                    ContractTree.exampleCheck(versionNode, example.file(), () -> validate(contracts, example));
                }
                CompatibilityReport.VersionResult result = results.get(subject + " v" + version);
                if (version > 1 && result != null && result.result().level() != CompatibilityLevel.NONE) {
                    addCompatibility(versionNode, result);
                }
            }
        }
    }

    /** The failure text is the CLI's: one {@link CompatibilityReport.Problem#line()} per problem. */
    private static void addCompatibility(ContractNode versionNode, CompatibilityReport.VersionResult result) {
        int version = result.version();
        String against = result.result().level().isTransitive()
                ? IntStream.range(1, version).mapToObj(v -> "v" + v).collect(Collectors.joining(", "))
                : "v" + (version - 1);
        List<CompatibilityReport.Problem> problems = result.problems();
        SchemaLines.Position first = problems.isEmpty() ? null
                : SchemaLines.positionOf(result.file(), problems.get(0).difference().path()).orElse(null);
        FileSource source = first == null ? ContractTree.fileAt(result.file(), 1)
                : ContractTree.fileAt(result.file(), first);
        ContractTree.compatibilityCheck(versionNode, "compatible at " + result.result().level() + " with " + against,
                source, () -> {
                    if (!problems.isEmpty()) {
                        throw new AssertionFailedError(problems.stream().map(CompatibilityReport.Problem::line)
                                .collect(Collectors.joining("\n")));
                    }
                });
    }

    private static void validate(EventContracts contracts, ContractExample example) {
        List<Violation> violations = contracts.validate(example.subject(), example.version(), example.payload());
        if (!violations.isEmpty()) {
            throw new AssertionFailedError(violations.stream().map(v -> example.file() + ": " + v)
                    .collect(Collectors.joining("\n")));
        }
    }
}
