package dev.eventtestkit.contract;

import dev.eventtestkit.report.Plural;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The compatibility of every subject version in a contracts root, each at its subject's configured level.
 *
 * <pre>{@code
 * CompatibilityReport report = contracts.checkCompatibility();
 * if (!report.isCompatible()) System.err.println(report.render());
 * }</pre>
 *
 * @param results one result per subject version, by subject then version; v1 is always compatible
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CompatibilityReport(List<VersionResult> results) {

    public CompatibilityReport {
        results = List.copyOf(results);
    }

    /**
     * One subject version checked against its earlier versions.
     *
     * @param subject the subject
     * @param version the candidate version
     * @param file the candidate's schema file, as the root was given
     * @param result the verdict of {@link Compatibility#check} at the subject's level and policy
     */
    public record VersionResult(String subject, int version, Path file, CompatibilityResult result) {

        public VersionResult {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(result, "result");
        }

        /** @return the problems of this version, one per distinct difference, with every version it breaks */
        public List<Problem> problems() {
            Map<Incompatibility, List<Incompatibility>> grouped = new LinkedHashMap<>();
            for (Incompatibility i : result.differences()) {
                grouped.computeIfAbsent(new Incompatibility(0, i.direction(), i.difference()), k -> new ArrayList<>())
                        .add(i);
            }
            List<Problem> problems = new ArrayList<>();
            grouped.forEach((key, found) -> {
                // the witness of the earliest broken version that has one
                Incompatibility shown = found.stream().filter(i -> i.difference().witness().isPresent()).findFirst()
                        .orElse(found.get(0));
                OptionalInt witnessVersion = shown.difference().witness().isPresent()
                        ? OptionalInt.of(shown.version()) : OptionalInt.empty();
                problems.add(new Problem(subject, version, file, shown.difference(), result.level(), key.direction(),
                        found.stream().map(Incompatibility::version).toList(), hint(key.difference().type()),
                        witnessVersion));
            });
            return problems;
        }
    }

    private static @Nullable String hint(DifferenceType type) {
        String hint = type.hint();
        return hint.isEmpty() ? null : hint;
    }

    /**
     * One incompatible difference of a candidate version.
     *
     * @param subject the subject
     * @param version the candidate version
     * @param file the candidate's schema file
     * @param difference the difference: JSON pointer, type, old and new value
     * @param level the level it breaks
     * @param direction BACKWARD: the candidate cannot read the broken versions' data; FORWARD: the broken
     *     versions cannot read the candidate's data
     * @param brokenVersions the earlier versions it breaks, ascending
     * @param hint what to do about it; null when there is no general advice
     * @param witnessVersion the broken version whose schema the difference's {@linkplain Difference#witness()
     *     witness} was checked against; empty when the difference has no witness
     */
    public record Problem(String subject, int version, Path file, Difference difference, CompatibilityLevel level,
            Direction direction, List<Integer> brokenVersions, @Nullable String hint, OptionalInt witnessVersion) {

        public Problem {
            brokenVersions = List.copyOf(brokenVersions);
            Objects.requireNonNull(witnessVersion, "witnessVersion");
        }

        /**
         * The version whose schema accepts the witness: the broken version for BACKWARD, the candidate for FORWARD.
         *
         * @return that version; empty when there is no witness
         */
        public OptionalInt witnessAcceptedBy() {
            return direction == Direction.BACKWARD ? witnessVersion
                    : witnessVersion.isPresent() ? OptionalInt.of(version) : OptionalInt.empty();
        }

        /**
         * The version whose schema rejects the witness: the candidate for BACKWARD, the broken version for FORWARD.
         *
         * @return that version; empty when there is no witness
         */
        public OptionalInt witnessRejectedBy() {
            return direction == Direction.FORWARD ? witnessVersion
                    : witnessVersion.isPresent() ? OptionalInt.of(version) : OptionalInt.empty();
        }

        /**
         * @return e.g. {@code witness: {"amount":1.5} (v1 accepts it, v2 rejects it)}, or for Avro {@code (v1 writes
         *     it, v2 cannot read it)}; empty when there is no witness
         */
        public String witnessText() {
            return witnessVersion.isEmpty() ? ""
                    : difference.witnessText("v" + witnessAcceptedBy().getAsInt(), "v" + witnessRejectedBy().getAsInt());
        }

        /**
         * The text line, e.g. {@code schemas/orders/OrderCreated/v3.json: #/properties/amount: TYPE_CHANGED:
         * number -> string (breaks BACKWARD_TRANSITIVE with v1, v2) witness: {"amount":0} (v1 accepts it, v3
         * rejects it) hint: add a new property ...}.
         *
         * @return the problem on one line
         */
        public String line() {
            String versions = brokenVersions.stream().map(v -> "v" + v).collect(Collectors.joining(", "));
            String reading = direction == Direction.FORWARD ? " reading v" + version + " data" : "";
            return file + ": " + difference.path() + ": " + difference.type() + ": " + difference.change()
                    + " (breaks " + level + " with " + versions + reading + ")"
                    + (witnessVersion.isEmpty() ? "" : " " + witnessText())
                    + (hint == null ? "" : " hint: " + hint);
        }
    }

    /** @return true when no subject version breaks its level */
    public boolean isCompatible() {
        return results.stream().allMatch(r -> r.result().isCompatible());
    }

    /** @return every problem, by subject, version, then as {@link Compatibility} found them */
    public List<Problem> problems() {
        return results.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** @return the number of subjects checked */
    public long subjectCount() {
        return results.stream().map(VersionResult::subject).distinct().count();
    }

    /** @return the number of subject versions that break their level */
    public long incompatibleCount() {
        return results.stream().filter(r -> !r.result().isCompatible()).count();
    }

    /** @return e.g. {@code 3 subjects, 7 versions checked: 1 incompatible} or {@code ...: all compatible} */
    public String summary() {
        long incompatible = incompatibleCount();
        return count(subjectCount(), "subject") + ", " + count(results.size(), "version") + " checked: "
                + (incompatible == 0 ? "all compatible" : incompatible + " incompatible");
    }

    private static String count(long n, String noun) {
        return Plural.of(n, noun);
    }

    /** @return one {@link Problem#line()} per problem, then the {@link #summary()}, each ending in a newline */
    public String render() {
        StringBuilder text = new StringBuilder();
        problems().forEach(p -> text.append(p.line()).append('\n'));
        return text.append(summary()).append('\n').toString();
    }
}
