package dev.eventtestkit.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The optional {@code contracts.yaml}: a default level and policy, and per-subject overrides. */
final class ContractsConfig {

    static final String FILE_NAME = "contracts.yaml";
    private static final Set<String> TOP_KEYS = Set.of("level", "policy", "subjects");
    private static final Set<String> SUBJECT_KEYS = Set.of("level", "policy");

    private final Setting defaults;
    private final Map<String, Setting> overrides;

    record Setting(CompatibilityLevel level, CompatibilityPolicy policy) {}

    private ContractsConfig(Setting defaults, Map<String, Setting> overrides) {
        this.defaults = defaults;
        this.overrides = Map.copyOf(overrides);
    }

    static ContractsConfig read(Path root, Collection<String> subjects) {
        Path file = root.resolve(FILE_NAME);
        Setting builtIn = new Setting(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT);
        if (!Files.isRegularFile(file)) {
            return new ContractsConfig(builtIn, Map.of());
        }
        JsonNode yaml = JsonFiles.read(YAMLMapper.builder().build(), file, "YAML");
        checkKeys(file, yaml, "", TOP_KEYS);
        Setting defaults = setting(file, yaml, "", builtIn);
        Map<String, Setting> overrides = new HashMap<>();
        JsonNode subjectsNode = yaml.path("subjects");
        for (Map.Entry<String, JsonNode> entry : subjectsNode.properties()) {
            String subject = entry.getKey();
            if (!subjects.contains(subject)) {
                throw new ContractException(file, "subjects: unknown subject \"" + subject + "\"; "
                        + Names.knownAndClosest(subject, subjects));
            }
            String prefix = "subjects." + subject + ".";
            checkKeys(file, entry.getValue(), prefix, SUBJECT_KEYS);
            overrides.put(subject, setting(file, entry.getValue(), prefix, defaults));
        }
        return new ContractsConfig(defaults, overrides);
    }

    Setting of(String subject) {
        return overrides.getOrDefault(subject, defaults);
    }

    private static void checkKeys(Path file, JsonNode node, String prefix, Set<String> allowed) {
        if (!node.isObject()) {
            throw new ContractException(file, (prefix.isEmpty() ? "the document" : prefix.substring(0, prefix.length() - 1))
                    + ": expected a mapping with keys " + String.join(", ", allowed.stream().sorted().toList()));
        }
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw new ContractException(file, prefix + key + ": unknown key; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static Setting setting(Path file, JsonNode node, String prefix, Setting fallback) {
        CompatibilityLevel level = node.has("level")
                ? parse(file, prefix + "level", node.get("level").asString(), CompatibilityLevel.class)
                : fallback.level();
        CompatibilityPolicy policy = node.has("policy")
                ? parse(file, prefix + "policy", node.get("policy").asString(), CompatibilityPolicy.class)
                : fallback.policy();
        return new Setting(level, policy);
    }

    private static <E extends Enum<E>> E parse(Path file, String key, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String valid = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        throw new ContractException(file, key + ": unknown " + key.substring(key.lastIndexOf('.') + 1)
                + " \"" + value + "\"; expected one of " + valid);
    }
}
