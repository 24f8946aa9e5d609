package dev.eventtestkit.contract;

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
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.jackson.JacksonJson;

/** Finds the subject folders under a contracts root, reads and compiles their versions and examples. */
final class ContractsScanner {

    static final String EXAMPLES = "examples";
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.(json|avsc)");
    /** Names that look meant as versions but are not: {@code V2.json}, {@code v1.5.json}, {@code v-1.json}, {@code v2.json.json}. */
    private static final Pattern NEAR_VERSION_FILE = Pattern.compile("(?i)v-?\\d[\\d.]*\\.(json|avsc)(\\.json)?");
    private static final Pattern EXAMPLE_FILE = Pattern.compile("v([1-9]\\d*)-.+\\.json");

    private final Path root;

    ContractsScanner(Path root) {
        this.root = root;
    }

    SortedMap<String, SubjectContract> scan() {
        checkRoot();
        List<Path> allFiles = new RootFiles(root).files(".json", AvroFormat.EXTENSION);
        List<Path> jsonFiles = allFiles.stream().filter(f -> !isAvro(f)).toList();
        List<Path> avroFiles = allFiles.stream().filter(ContractsScanner::isAvro).toList();
        SchemaCompiler compiler = new SchemaCompiler(root, jsonFiles);
        Map<Path, SortedMap<Integer, Path>> subjectDirs = new TreeMap<>();
        for (Path file : allFiles) {
            Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
            if (!m.matches() && !isExample(file) && NEAR_VERSION_FILE.matcher(file.getFileName().toString()).matches()) {
                throw badVersionName(file); // never skipped silently: the user meant a version
            }
            if (m.matches() && !isExample(file)) {
                SortedMap<Integer, Path> versions = subjectDirs.computeIfAbsent(file.getParent(), d -> new TreeMap<>());
                oneFormat(file, versions);
                Path twin = versions.put(version(file, m.group(1)), file);
                if (twin != null) {
                    throw mixed(file.getParent(), twin, file);
                }
            }
        }
        for (Path file : jsonFiles) {
            if (isExample(file) && !subjectDirs.containsKey(file.getParent().getParent())) {
                throw new ContractException(file, "an example outside a subject: " + file.getParent().getParent()
                        + " has no v<N>.json; put examples in <Subject>/examples/");
            }
        }
        if (!avroFiles.isEmpty()) {
            AvroFormat.require(avroFiles.get(0));
        }
        List<Path> schemaFiles = allFiles.stream().filter(f -> !isExample(f)).toList();
        List<JsonNode> parsed = InParallel.map(schemaFiles, JsonFiles::read);
        Map<Path, JsonNode> nodes = new HashMap<>();
        for (int i = 0; i < schemaFiles.size(); i++) {
            nodes.put(schemaFiles.get(i), parsed.get(i));
            if (!isAvro(schemaFiles.get(i))) {
                compiler.declare(schemaFiles.get(i), parsed.get(i));
            }
        }
        List<Map.Entry<Path, SortedMap<Integer, Path>>> dirs = List.copyOf(subjectDirs.entrySet());
        List<SubjectContract> compiled = InParallel.map(dirs, e -> subject(e.getKey(), e.getValue(), nodes, compiler, jsonFiles));
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

    /** A subject is JSON Schema or Avro: a second format in its folder is an error naming both files. */
    private static void oneFormat(Path file, SortedMap<Integer, Path> versions) {
        for (Path other : versions.values()) {
            if (isAvro(other) != isAvro(file)) {
                throw mixed(file.getParent(), other, file);
            }
        }
    }

    private static ContractException mixed(Path dir, Path one, Path other) {
        return new ContractException(dir, "a subject holds one format, but this folder has both "
                + one.getFileName() + " and " + other.getFileName() + "; keep JSON Schema (v<N>.json) or Avro "
                + "(v<N>.avsc) versions, and move the other format to a subject folder of its own");
    }

    static boolean isAvro(Path file) {
        return file.getFileName().toString().endsWith(AvroFormat.EXTENSION);
    }

    /** @return true for a file in an {@code examples} folder below the root (the root itself may be so named) */
    private boolean isExample(Path file) {
        Path parent = file.getParent();
        return parent != null && !parent.equals(root) && parent.getFileName() != null
                && parent.getFileName().toString().equals(EXAMPLES);
    }

    private static ContractException badVersionName(Path file) {
        return new ContractException(file, "bad version file name; expected v1.json, v2.json, ... (a lowercase v and a whole number from 1, no leading zeros)");
    }

    private static int version(Path file, String digits) {
        if (digits.startsWith("0")) {
            throw badVersionName(file);
        }
        if (digits.length() > 9) {
            throw new ContractException(file, "version " + digits + " is too large; expected v1.json, v2.json, ... "
                    + "(versions run from v1 without gaps, up to v999999999)");
        }
        return Integer.parseInt(digits);
    }

    private SubjectContract subject(Path dir, SortedMap<Integer, Path> files, Map<Path, JsonNode> nodes,
            SchemaCompiler compiler, List<Path> jsonFiles) {
        String name = dir.getFileName().toString();
        for (int expected = 1; expected <= files.lastKey(); expected++) {
            if (!files.containsKey(expected)) {
                throw new ContractException(dir, "versions must run from v1 without gaps: v" + expected
                        + ".json is missing (found " + String.join(", ", files.keySet().stream().map(v -> "v" + v).toList()) + ")");
            }
        }
        List<VersionedSchema> versions = new ArrayList<>();
        boolean avro = isAvro(files.get(files.firstKey()));
        for (Map.Entry<Integer, Path> version : files.entrySet()) {
            JsonNode node = nodes.get(version.getValue());
            versions.add(avro
                    ? new VersionedSchema(version.getKey(), version.getValue(), node, LazySchema.NONE,
                            AvroSchemas.parse(version.getValue(), node))
                    : new VersionedSchema(version.getKey(), version.getValue(), node,
                            compiler.check(version.getValue(), node)));
        }
        SchemaResolver resolver = avro ? SchemaResolver.none() : compiler.resolverFor(dir);
        SubjectContract withoutExamples = new SubjectContract(name, dir, versions, List.of(), resolver);
        return new SubjectContract(name, dir, versions, examples(withoutExamples, jsonFiles), resolver);
    }

    private static List<ContractExample> examples(SubjectContract subject, List<Path> jsonFiles) {
        Path dir = subject.dir().resolve(EXAMPLES);
        List<ContractExample> examples = new ArrayList<>();
        for (Path file : jsonFiles) {
            if (dir.equals(file.getParent())) {
                examples.add(example(subject, file));
            }
        }
        return examples;
    }

    private static ContractExample example(SubjectContract subject, Path file) {
        Matcher m = EXAMPLE_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new ContractException(file, "cannot tell which version this example is for; name examples v<N>-<name>.json, e.g. v1-minimal.json");
        }
        String digits = m.group(1);
        if (digits.length() > 9 || Integer.parseInt(digits) > subject.latest()) {
            throw new ContractException(file, "example for v" + digits + ", but " + subject.name()
                    + " has versions v1 to v" + subject.latest());
        }
        int version = Integer.parseInt(digits);
        JsonNode payload = JsonFiles.read(file);
        ContractExample example = new ContractExample(subject.name(), version, file, JacksonJson.wrap(payload));
        List<Violation> violations = Validation.validate(subject, version, payload, file);
        if (!violations.isEmpty()) {
            throw new ContractException(file, "example does not match " + subject.version(version).file() + ": "
                    + String.join("; ", violations.stream().map(Violation::toString).toList()));
        }
        return example;
    }
}
