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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.opentest4j.AssertionFailedError;

/**
 * Builds the tests of one contracts root. A root that does not load becomes one failed test: the check of the
 * file the error names when that is a schema or an example, else the root itself, as a test (the launcher
 * prunes containers without tests).
 */
final class RootDiscovery {

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9]\\d*)\\.json");
    private static final Pattern EXAMPLE_FILE = Pattern.compile("v([1-9]\\d*)-.+\\.json");

    private final Path root;
    private final UniqueId rootId;
    private final ContractNode rootNode;

    private RootDiscovery(UniqueId engineId, Path root) {
        this.root = root;
        this.rootId = engineId.append("root", root.toString());
        this.rootNode = ContractNode.container(rootId, root.toString(), directory(root));
    }

    static ContractNode discover(UniqueId engineId, Path root) {
        RootDiscovery discovery = new RootDiscovery(engineId, root);
        try {
            discovery.addChecks(EventContracts.load(root));
            return discovery.rootNode;
        } catch (ContractException unloadable) {
            return discovery.failure(unloadable);
        }
    }

    private void addChecks(EventContracts contracts) {
        Map<String, CompatibilityReport.VersionResult> results = new HashMap<>();
        for (CompatibilityReport.VersionResult result : contracts.checkCompatibility().results()) {
            results.put(result.subject() + " v" + result.version(), result);
        }
        for (String subject : contracts.subjects()) {
            ContractNode subjectNode = subject(subject, contracts.file(subject, 1).getParent());
            for (int n = 1; n <= contracts.latestVersion(subject); n++) {
                int version = n;
                Path file = contracts.file(subject, version);
                ContractNode versionNode = version(subjectNode, version, file);
                addTest(versionNode, "schema", "valid schema", fileAt(file, 1),
                        () -> contracts.schema(subject, version));
                for (ContractExample example : contracts.examples(subject, version)) {
                    addTest(versionNode, "example:" + example.file().getFileName(), exampleName(example.file()),
                            FileSource.from(example.file().toAbsolutePath().toFile()), () -> validate(contracts, example));
                }
                CompatibilityReport.VersionResult result = results.get(subject + " v" + version);
                if (version > 1 && result != null && result.result().level() != CompatibilityLevel.NONE) {
                    addCompatibility(versionNode, result);
                }
            }
        }
    }

    private void addCompatibility(ContractNode versionNode, CompatibilityReport.VersionResult result) {
        int version = result.version();
        String against = result.result().level().isTransitive()
                ? IntStream.range(1, version).mapToObj(v -> "v" + v).collect(Collectors.joining(", "))
                : "v" + (version - 1);
        List<CompatibilityReport.Problem> problems = result.problems();
        TestSource source = problems.isEmpty() ? fileAt(result.file(), 1)
                : fileAt(result.file(), SchemaLines.lineOf(result.file(),
                        problems.get(0).difference().path()).orElse(1));
        addTest(versionNode, "compatibility", "compatible at " + result.result().level() + " with " + against, source,
                () -> {
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

    /** Attributes a load error to the check of the file it names, when that file is a schema or an example. */
    private ContractNode failure(ContractException unloadable) {
        Path file = unloadable.file();
        String name = file == null ? "" : file.getFileName().toString();
        Matcher schema = VERSION_FILE.matcher(name);
        Matcher example = EXAMPLE_FILE.matcher(name);
        Path subjectDir = file == null ? null : file.getParent();
        boolean inExamples = subjectDir != null && subjectDir.getFileName() != null
                && subjectDir.getFileName().toString().equals("examples");
        if (file != null && subjectDir != null && !inExamples && schema.matches()) {
            ContractNode versionNode = version(subject(dirName(subjectDir), subjectDir), Integer.parseInt(schema.group(1)), file);
            addTest(versionNode, "schema", "valid schema", fileAt(file, 1), () -> {
                throw unloadable;
            });
            return rootNode;
        }
        if (file != null && inExamples && subjectDir.getParent() != null && example.matches()) {
            Path dir = subjectDir.getParent();
            ContractNode versionNode = version(subject(dirName(dir), dir), Integer.parseInt(example.group(1)), file);
            addTest(versionNode, "example:" + name, exampleName(file), FileSource.from(file.toAbsolutePath().toFile()),
                    () -> {
                        throw unloadable;
                    });
            return rootNode;
        }
        TestSource source = file == null ? directory(root)
                : file.toFile().isFile() ? FileSource.from(file.toAbsolutePath().toFile()) : directory(file);
        return ContractNode.test(rootId, root.toString(), source, () -> {
            throw unloadable;
        });
    }

    /** @return the folder as a source, or null when it does not exist (a source must be a directory) */
    private static @Nullable TestSource directory(Path dir) {
        return dir.toFile().isDirectory() ? DirectorySource.from(dir.toAbsolutePath().toFile()) : null;
    }

    private ContractNode subject(String subject, Path dir) {
        ContractNode node = ContractNode.container(rootId.append("subject", subject), subject, directory(dir));
        rootNode.addChild(node);
        return node;
    }

    private static ContractNode version(ContractNode subject, int version, Path file) {
        ContractNode node = ContractNode.container(subject.getUniqueId().append("version", "v" + version), "v" + version,
                FileSource.from(file.toAbsolutePath().toFile()));
        subject.addChild(node);
        return node;
    }

    private static void addTest(ContractNode parent, String kind, String name, TestSource source, ContractNode.Check check) {
        parent.addChild(ContractNode.test(parent.getUniqueId().append("check", kind), name, source, check));
    }

    private static String exampleName(Path file) {
        return "example " + file.getFileName();
    }

    private static String dirName(Path dir) {
        Path name = dir.getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    private static FileSource fileAt(Path file, int line) {
        return FileSource.from(file.toAbsolutePath().toFile(), FilePosition.from(line));
    }
}
