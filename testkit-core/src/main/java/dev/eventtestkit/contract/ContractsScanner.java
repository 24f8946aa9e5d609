package dev.eventtestkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.jackson.JacksonJson;

/** Finds the subject folders under a contracts root, reads and compiles their versions and examples. */
final class ContractsScanner {

    static final String EXAMPLES = "examples";
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.json");
    private static final Pattern EXAMPLE_FILE = Pattern.compile("v([1-9]\\d*)-.+\\.json");

    private final Path root;

    ContractsScanner(Path root) {
        this.root = root;
    }

    SortedMap<String, SubjectContract> scan() {
        checkRoot();
        List<Path> jsonFiles = jsonFiles();
        SchemaCompiler compiler = new SchemaCompiler(root, jsonFiles);
        Map<Path, SortedMap<Integer, Path>> subjectDirs = new TreeMap<>();
        for (Path file : jsonFiles) {
            Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
            if (m.matches() && !isExample(file)) {
                subjectDirs.computeIfAbsent(file.getParent(), d -> new TreeMap<>()).put(version(file, m.group(1)), file);
            }
        }
        List<Path> schemaFiles = jsonFiles.stream().filter(f -> !isExample(f)).toList();
        List<JsonNode> parsed = InParallel.map(schemaFiles, JsonFiles::read);
        Map<Path, JsonNode> nodes = new HashMap<>();
        for (int i = 0; i < schemaFiles.size(); i++) {
            nodes.put(schemaFiles.get(i), parsed.get(i));
            compiler.declare(schemaFiles.get(i), parsed.get(i));
        }
        List<Map.Entry<Path, SortedMap<Integer, Path>>> dirs = List.copyOf(subjectDirs.entrySet());
        List<SubjectContract> compiled = InParallel.map(dirs, e -> subject(e.getKey(), e.getValue(), nodes, compiler));
        SortedMap<String, SubjectContract> subjects = new TreeMap<>();
        for (SubjectContract subject : compiled) {
            SubjectContract twin = subjects.put(subject.name(), subject);
            if (twin != null) {
                throw new ContractException(twin.dir(), "subject " + subject.name() + " is defined twice: in "
                        + twin.dir() + " and in " + subject.dir() + "; subject names must be unique under " + root);
            }
        }
        if (subjects.isEmpty()) {
            throw new ContractException(root, "no contracts found; expected <Subject>/v1.json files under it");
        }
        return subjects;
    }

    private void checkRoot() {
        if (!Files.exists(root)) {
            throw new ContractException(root, "contracts root not found; expected a directory of <Subject>/v<N>.json files");
        }
        if (!Files.isDirectory(root)) {
            throw new ContractException(root, "contracts root is not a directory; expected a directory of <Subject>/v<N>.json files");
        }
    }

    private List<Path> jsonFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !hidden(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private boolean hidden(Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExample(Path file) {
        Path parent = file.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(EXAMPLES);
    }

    private static int version(Path file, String digits) {
        if (digits.startsWith("0")) {
            throw new ContractException(file, "bad version file name; expected v1.json, v2.json, ... (no leading zeros, no v0)");
        }
        return Integer.parseInt(digits);
    }

    private SubjectContract subject(Path dir, SortedMap<Integer, Path> files, Map<Path, JsonNode> nodes,
            SchemaCompiler compiler) {
        String name = dir.getFileName().toString();
        for (int expected = 1; expected <= files.lastKey(); expected++) {
            if (!files.containsKey(expected)) {
                throw new ContractException(dir, "versions must run from v1 without gaps: v" + expected
                        + ".json is missing (found " + String.join(", ", files.keySet().stream().map(v -> "v" + v).toList()) + ")");
            }
        }
        List<VersionedSchema> versions = new ArrayList<>();
        for (Map.Entry<Integer, Path> version : files.entrySet()) {
            JsonNode node = nodes.get(version.getValue());
            versions.add(new VersionedSchema(version.getKey(), version.getValue(), node,
                    compiler.check(version.getValue(), node)));
        }
        SchemaResolver resolver = compiler.resolverFor(dir);
        SubjectContract withoutExamples = new SubjectContract(name, dir, versions, List.of(), resolver);
        return new SubjectContract(name, dir, versions, examples(withoutExamples), resolver);
    }

    private static List<ContractExample> examples(SubjectContract subject) {
        Path dir = subject.dir().resolve(EXAMPLES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ContractExample> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                examples.add(example(subject, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return examples;
    }

    private static ContractExample example(SubjectContract subject, Path file) {
        Matcher m = EXAMPLE_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new ContractException(file, "cannot tell which version this example is for; name examples v<N>-<name>.json, e.g. v1-minimal.json");
        }
        int version = Integer.parseInt(m.group(1));
        if (version > subject.latest()) {
            throw new ContractException(file, "example for v" + version + ", but " + subject.name()
                    + " has versions v1 to v" + subject.latest());
        }
        JsonNode payload = JsonFiles.read(file);
        ContractExample example = new ContractExample(subject.name(), version, file, JacksonJson.wrap(payload));
        List<Violation> violations = Validation.validate(subject, version, payload);
        if (!violations.isEmpty()) {
            throw new ContractException(file, "example does not match " + subject.version(version).file() + ": "
                    + String.join("; ", violations.stream().map(Violation::toString).toList()));
        }
        return example;
    }
}
