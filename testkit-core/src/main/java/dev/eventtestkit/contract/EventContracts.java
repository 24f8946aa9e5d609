package dev.eventtestkit.contract;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * The versioned event contracts under one root: validation, compatibility, upcasting and coverage.
 *
 * <pre>{@code
 * EventContracts contracts = EventContracts.load(Path.of("schemas"));
 * List<Violation> v = contracts.validate("OrderCreated", 2, payload);   // empty when valid
 * contracts.assertValid(new OrderCreated("o-1", 1250, "EUR"), EventCodec.jackson());
 * CompatibilityReport report = contracts.checkCompatibility();
 * }</pre>
 *
 * <p>Layout: {@code <root>/<any folders>/<Subject>/v<N>.json} (JSON Schema) or {@code v<N>.avsc} (Avro, with
 * {@code org.apache.avro:avro} on the class path; one format per subject), examples in {@code <Subject>/examples/v<N>-<name>.json},
 * levels in an optional {@code <root>/contracts.yaml}. Every schema is compiled once, at load. Instances are
 * immutable and thread-safe; {@link #withUpcaster} returns a new one sharing the schemas and the coverage.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EventContracts {

    private final Path root;
    private final SortedMap<String, SubjectContract> subjects;
    private final ContractsConfig config;
    private final Map<String, Map<Integer, Upcaster>> upcasters;
    private final ContractCoverage coverage;

    private EventContracts(Path root, SortedMap<String, SubjectContract> subjects, ContractsConfig config,
            Map<String, Map<Integer, Upcaster>> upcasters, ContractCoverage coverage) {
        this.root = root;
        this.subjects = subjects;
        this.config = config;
        this.upcasters = upcasters;
        this.coverage = coverage;
    }

    /**
     * Loads, checks and compiles every contract under a root.
     *
     * @param root the contracts root, e.g. {@code Path.of("schemas")}; files are named relative to it as given
     * @return the contracts
     * @throws ContractException when the root is missing, a file is not JSON or not a JSON Schema, versions have
     *     a gap, a subject name is used twice, an example cannot be attributed or does not validate, a
     *     {@code $ref} leaves the root, or {@code contracts.yaml} is wrong; the message names the file
     */
    public static EventContracts load(Path root) {
        SortedMap<String, SubjectContract> subjects = Collections.unmodifiableSortedMap(new ContractsScanner(root).scan());
        ContractsConfig config = ContractsConfig.read(root, subjects.keySet());
        SortedSet<EventDescriptor> all = new TreeSet<>(ContractCoverage.ORDER);
        subjects.values().forEach(s -> s.versions().forEach(v -> all.add(new EventDescriptor(s.name(), v.version()))));
        return new EventContracts(root, subjects, config, Map.of(), new ContractCoverage(all));
    }

    /** @return the root as given to {@link #load} */
    public Path root() {
        return root;
    }

    /** @return the subject names, sorted */
    public SortedSet<String> subjects() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(subjects.keySet()));
    }

    /**
     * @param subject a subject name
     * @return its highest version
     * @throws ContractException for an unknown subject (listing the known ones)
     */
    public int latestVersion(String subject) {
        return subject(subject).latest();
    }

    /**
     * @param subject a subject name
     * @param version a version of it
     * @return that version's schema
     * @throws ContractException for an unknown subject or version
     */
    public Json schema(String subject, int version) {
        return JacksonJson.wrap(subject(subject).version(version).node());
    }

    /**
     * @param subject a subject name
     * @param version a version of it
     * @return its schema file, e.g. {@code schemas/orders/OrderCreated/v2.json}
     * @throws ContractException for an unknown subject or version
     */
    public Path file(String subject, int version) {
        return subject(subject).version(version).file();
    }

    /**
     * @param subject a subject name
     * @return its compatibility level from {@code contracts.yaml} (BACKWARD when not configured)
     */
    public CompatibilityLevel levelOf(String subject) {
        return config.of(subject(subject).name()).level();
    }

    /**
     * @param subject a subject name
     * @return its compatibility policy from {@code contracts.yaml} (STRICT when not configured)
     */
    public CompatibilityPolicy policyOf(String subject) {
        return config.of(subject(subject).name()).policy();
    }

    /**
     * @param subject a subject name
     * @param version a version of it
     * @return its examples, by file name (all valid: {@link #load} checks them)
     */
    public List<ContractExample> examples(String subject, int version) {
        subject(subject).version(version);
        return subject(subject).examples().stream()
                .filter(e -> e.version() == version)
                .toList();
    }

    /**
     * Validates a payload against one contract version and records it in the {@link #coverage()}.
     *
     * @param subject the subject, e.g. {@code OrderCreated}
     * @param version the version the payload claims
     * @param payload the event's JSON
     * @return the violations; empty when valid
     * @throws ContractException for an unknown subject (listing the known ones and the closest) or version
     */
    public List<Violation> validate(String subject, int version, Json payload) {
        Objects.requireNonNull(subject, "validate(subject, version, payload): the subject is null");
        Objects.requireNonNull(payload, "validate(subject, version, payload): the payload is null; expected the event's JSON");
        SubjectContract contract = subject(subject);
        List<Violation> violations = Validation.validate(contract, version, JacksonJson.node(payload));
        coverage.record(contract.name(), version);
        return violations;
    }

    /**
     * Serializes an event with a codec and validates it against the contract its class names
     * ({@link dev.eventtestkit.event.EventType}, or its simple class name, version 1).
     *
     * @param event the event object
     * @param codec the codec production uses, e.g. {@link EventCodec#jackson()}
     * @return the violations; empty when valid
     * @throws ContractException when no contract matches the event's type or version
     */
    public List<Violation> validate(Object event, EventCodec codec) {
        Objects.requireNonNull(event, "validate(event, codec): the event is null; expected an event object");
        Objects.requireNonNull(codec, "validate(event, codec): the codec is null; expected e.g. EventCodec.jackson()");
        EventDescriptor descriptor = codec.describe(event.getClass());
        return validate(descriptor.name(), descriptor.version(), codec.toJson(event));
    }

    /**
     * Fails unless a payload matches its contract.
     *
     * @param subject the subject
     * @param version the version
     * @param payload the event's JSON
     * @throws AssertionFailedError naming subject, version, schema file, and each violation's pointer, keyword
     *     and message
     */
    public void assertValid(String subject, int version, Json payload) {
        List<Violation> violations = validate(subject, version, payload);
        if (!violations.isEmpty()) {
            throw new AssertionFailedError(ViolationMessages.render(subject, version, file(subject, version),
                    violations, payload));
        }
    }

    /**
     * Fails unless an event, serialized with a codec, matches the contract its class names.
     *
     * @param event the event object
     * @param codec the codec production uses
     * @throws AssertionFailedError as {@link #assertValid(String, int, Json)}
     */
    public void assertValid(Object event, EventCodec codec) {
        Objects.requireNonNull(event, "assertValid(event, codec): the event is null; expected an event object");
        Objects.requireNonNull(codec, "assertValid(event, codec): the codec is null; expected e.g. EventCodec.jackson()");
        EventDescriptor descriptor = codec.describe(event.getClass());
        assertValid(descriptor.name(), descriptor.version(), codec.toJson(event));
    }

    /**
     * The contract check as an {@link EventValidator}, for the aggregate fixture and the broker.
     *
     * @return a validator that calls {@link #assertValid(String, int, Json)} with the event's subject,
     *     version and payload; a {@link ContractException} (no such subject or version) names the event class
     */
    public EventValidator validator() {
        return (event, descriptor, payload) -> {
            try {
                assertValid(descriptor.name(), descriptor.version(), payload);
            } catch (ContractException e) {
                // the subject came from a class: name it, since that is what the user has to fix
                ContractException named = new ContractException(
                        "event " + event.getClass().getName() + " (" + descriptor + "): " + e.getMessage());
                named.initCause(e);
                throw named;
            }
        };
    }

    /**
     * Checks every subject's versions at the subject's configured level and policy.
     *
     * @return the report; see {@link CompatibilityReport#render()} for the text form
     */
    public CompatibilityReport checkCompatibility() {
        List<List<CompatibilityReport.VersionResult>> perSubject =
                InParallel.map(List.copyOf(subjects.values()), this::checkSubject);
        List<CompatibilityReport.VersionResult> results = new ArrayList<>();
        perSubject.forEach(results::addAll);
        return new CompatibilityReport(results);
    }

    private List<CompatibilityReport.VersionResult> checkSubject(SubjectContract subject) {
        ContractsConfig.Setting setting = config.of(subject.name());
        List<CompatibilityReport.VersionResult> results = new ArrayList<>();
        List<JsonNode> history = new ArrayList<>();
        for (VersionedSchema candidate : subject.versions()) {
            CompatibilityResult result = history.isEmpty()
                    ? new CompatibilityResult(setting.level(), setting.policy(), List.of())
                    : check(setting, subject, List.copyOf(history), candidate);
            results.add(new CompatibilityReport.VersionResult(subject.name(), candidate.version(), candidate.file(), result));
            history.add(candidate.node());
        }
        return results;
    }

    private static CompatibilityResult check(ContractsConfig.Setting setting, SubjectContract subject,
            List<JsonNode> history, VersionedSchema candidate) {
        if (candidate.isAvro()) {
            return AvroSchemas.check(setting.level(), setting.policy(),
                    subject.versions().subList(0, history.size()), candidate);
        }
        try {
            return Compatibility.checkNodes(setting.level(), setting.policy(), history, candidate.node(),
                    subject.resolver(),
                    index -> payload -> PayloadCheck.of(subject.versions().get(index).compiled().get(), payload));
        } catch (ContractException e) {
            if (e.file() != null) {
                throw e;
            }
            throw new ContractException(candidate.file(), "cannot compare with earlier versions: " + e.getMessage());
        }
    }

    /**
     * Registers how payloads of one version become payloads of the next.
     *
     * @param subject the subject
     * @param fromVersion N, from 1 to the latest version minus one
     * @param upcaster turns a vN payload into a vN+1 payload
     * @return new contracts with the upcaster (sharing schemas and coverage with this one)
     * @throws ContractException for an unknown subject or a version without a successor
     */
    public EventContracts withUpcaster(String subject, int fromVersion, Upcaster upcaster) {
        SubjectContract contract = subject(subject);
        contract.version(fromVersion);
        if (fromVersion == contract.latest()) {
            throw new ContractException(contract.dir(), "cannot upcast " + contract.name() + " from v" + fromVersion
                    + ": it is the latest version");
        }
        Map<String, Map<Integer, Upcaster>> copy = new HashMap<>(upcasters);
        Map<Integer, Upcaster> chain = new HashMap<>(copy.getOrDefault(contract.name(), Map.of()));
        chain.put(fromVersion, upcaster);
        copy.put(contract.name(), Map.copyOf(chain));
        return new EventContracts(root, subjects, config, Map.copyOf(copy), coverage);
    }

    /**
     * Upcasts a payload along the registered chain to the subject's latest version.
     *
     * @param subject the subject
     * @param fromVersion the payload's version
     * @param payload the payload (not modified)
     * @return the payload at the latest version (the same value when already latest)
     * @throws ContractException when an upcaster of the chain is missing
     */
    public Json upcast(String subject, int fromVersion, Json payload) {
        SubjectContract contract = subject(subject);
        contract.version(fromVersion);
        Map<Integer, Upcaster> chain = upcasters.getOrDefault(contract.name(), Map.of());
        Json current = payload;
        for (int version = fromVersion; version < contract.latest(); version++) {
            Upcaster step = chain.get(version);
            if (step == null) {
                throw new ContractException(contract.dir(), "no upcaster from v" + version + " to v" + (version + 1)
                        + " of " + contract.name() + "; register one with withUpcaster(\"" + contract.name() + "\", "
                        + version + ", json -> ...)");
            }
            int from = version;
            current = Objects.requireNonNull(step.upcast(current),
                    () -> "the upcaster from v" + from + " of " + contract.name() + " returned null");
        }
        return current;
    }

    /**
     * Fails unless every example of an older version, upcast along the chain, validates against the latest
     * version. Subjects without any registered upcaster are skipped.
     *
     * @throws AssertionFailedError listing each example file that fails and why
     */
    public void assertUpcastersValid() {
        List<String> failures = new ArrayList<>();
        for (String name : new TreeSet<>(upcasters.keySet())) {
            SubjectContract contract = subjects.get(name);
            for (ContractExample example : contract.examples()) {
                if (example.version() < contract.latest()) {
                    failures.addAll(ViolationMessages.upcastFailures(this, contract, example));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError("examples do not validate after upcasting:\n" + String.join("\n", failures));
        }
    }

    /** @return the coverage recorder shared by every {@link #validate} call on these contracts */
    public ContractCoverage coverage() {
        return coverage;
    }

    private SubjectContract subject(String name) {
        SubjectContract subject = subjects.get(name);
        if (subject == null) {
            throw new ContractException("unknown subject \"" + name + "\" in contracts root " + root + "; "
                    + Names.knownAndClosest(name, subjects.keySet()));
        }
        return subject;
    }

    List<Violation> validateQuietly(SubjectContract subject, int version, Json payload) {
        return Validation.validate(subject, version, JacksonJson.node(payload));
    }

    @Override
    public String toString() {
        return "EventContracts[" + root + ": " + subjects.size() + " subjects]";
    }
}
