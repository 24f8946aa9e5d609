package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.Compatibility;
import dev.eventtestkit.contract.CompatibilityLevel;
import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.Difference;
import dev.eventtestkit.contract.SchemaDiff;
import dev.eventtestkit.contract.SchemaFiles;
import dev.eventtestkit.contract.SchemaResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The typed differences between two schema files ({@code testkit diff}, the Maven plugin's {@code diff} goal),
 * each marked compatible or not for BACKWARD under a policy, the incompatible ones with a witness where found.
 *
 * <pre>{@code
 * DiffOutcome d = DiffOutcome.diff(Path.of("v1.json"), Path.of("v2.json"), CompatibilityPolicy.STRICT);
 * System.out.print(d.render());
 * }</pre>
 *
 * @param original the original schema file
 * @param updated the updated schema file
 * @param policy how strictly differences are judged
 * @param differences every difference, in walk order, witnesses attached to the incompatible ones where found
 */
@API(status = API.Status.EXPERIMENTAL)
public record DiffOutcome(Path original, Path updated, CompatibilityPolicy policy, List<Difference> differences) {

    public DiffOutcome {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(policy, "policy");
        differences = List.copyOf(differences);
    }

    /**
     * Reads and compares two schema files; relative {@code $ref}s name files next to the old schema, else next
     * to the new one. Two {@code .avsc} files are compared by Apache Avro's {@code SchemaCompatibility}, the new
     * schema reading the old one's data ({@link SchemaFiles#compareAvro}).
     *
     * @param original the original schema file
     * @param updated the updated schema file
     * @param policy how strictly differences are judged
     * @return the outcome
     * @throws ContractException when a file is missing, not JSON, not a schema, or has a reference that cannot be
     *     followed; the message names the file
     */
    public static DiffOutcome diff(Path original, Path updated, CompatibilityPolicy policy) {
        boolean avroOriginal = isAvro(original);
        if (avroOriginal != isAvro(updated)) {
            Path avro = avroOriginal ? original : updated;
            Path json = avroOriginal ? updated : original;
            throw new ContractException(updated, "cannot compare an Avro schema (" + avro + ") with a JSON Schema ("
                    + json + "); give two .avsc files or two JSON Schema files");
        }
        if (avroOriginal) {
            return new DiffOutcome(original, updated, policy, SchemaFiles.compareAvro(original, updated));
        }
        var old = SchemaFiles.read(original);
        var now = SchemaFiles.read(updated);
        SchemaResolver resolver = siblings(original, updated);
        try {
            List<Difference> differences = SchemaDiff.compare(old, now, resolver);
            // the same differences, found by the check that also looks for witnesses (equality ignores them)
            Map<Difference, Difference> witnessed = new HashMap<>();
            Compatibility.check(CompatibilityLevel.BACKWARD, policy, List.of(old), now, resolver).differences()
                    .forEach(i -> witnessed.putIfAbsent(i.difference(), i.difference()));
            List<Difference> all = new ArrayList<>();
            differences.forEach(d -> all.add(witnessed.getOrDefault(d, d)));
            return new DiffOutcome(original, updated, policy, all);
        } catch (ContractException e) {
            if (e.file() != null) {
                throw e;
            }
            throw new ContractException(updated, "cannot compare with " + original + ": " + e.getMessage());
        }
    }

    private static boolean isAvro(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".avsc");
    }

    private static SchemaResolver siblings(Path original, Path updated) {
        return uri -> {
            if (uri.isAbsolute()) {
                return "file".equals(uri.getScheme()) && Files.isRegularFile(Path.of(uri)) ? SchemaFiles.read(Path.of(uri)) : null;
            }
            for (Path schema : List.of(original, updated)) {
                Path folder = schema.toAbsolutePath().getParent();
                Path candidate = folder == null ? null : folder.resolve(uri.getPath()).normalize();
                if (candidate != null && Files.isRegularFile(candidate)) {
                    return SchemaFiles.read(candidate);
                }
            }
            return null;
        };
    }

    /** @return how many differences are backward incompatible under the policy */
    public long incompatibleCount() {
        return differences.stream().filter(d -> !d.type().isBackwardCompatible(policy)).count();
    }

    /**
     * One line per difference, then a summary line, e.g.
     * {@code #/properties/amount: TYPE_CHANGED: integer -> string (INCOMPATIBLE) witness: {"amount":0} (v1.json
     * accepts it, v2.json rejects it)}; for Avro files the witness is one the old schema writes and the new one
     * cannot read.
     *
     * @return the text, each line ending in a newline
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (Difference difference : differences) {
            boolean compatible = difference.type().isBackwardCompatible(policy);
            text.append(difference).append(compatible ? " (compatible)" : " (INCOMPATIBLE)" + witness(difference))
                    .append('\n');
        }
        int n = differences.size();
        return text.append(n).append(n == 1 ? " difference, " : " differences, ").append(incompatibleCount())
                .append(" incompatible for BACKWARD under ").append(policy).append('\n').toString();
    }

    private String witness(Difference difference) {
        String text = difference.witnessText(original.toString(), updated.toString());
        return text.isEmpty() ? "" : " " + text;
    }

    /** @return true when no difference is backward incompatible */
    public boolean isCompatible() {
        return incompatibleCount() == 0;
    }

    @Override
    public String toString() {
        return "DiffOutcome[" + original + " -> " + updated + ": " + differences.size() + " differences]";
    }
}
