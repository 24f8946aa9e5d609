package dev.eventtestkit.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * The optional {@code contracts.yaml}: a default level and policy, and per-subject overrides. Every key and every
 * value is checked; a problem names the key ({@code subjects.OrderCreated.level}) and what was expected.
 */
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
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new ContractsConfig(builtIn, Map.of());
        }
        RootFiles.checkReadable(root, file, "a YAML file");
        JsonNode yaml = JsonFiles.readOrEmpty(JsonFiles.YAML, file, "YAML");
        if (yaml == null) {
            return new ContractsConfig(builtIn, Map.of()); // empty, or only comments: the defaults
        }
        checkKeys(file, yaml, "", TOP_KEYS);
        Setting defaults = setting(file, yaml, "", builtIn);
        Map<String, Setting> overrides = new HashMap<>();
        JsonNode subjectsNode = yaml.get("subjects");
        if (subjectsNode == null || subjectsNode.isNull()) {
            return new ContractsConfig(defaults, overrides);
        }
        if (!subjectsNode.isObject()) {
            throw new ContractException(file, "subjects: expected a mapping of subject names to {level, policy}; found "
                    + found(subjectsNode));
        }
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
        String keys = String.join(", ", allowed.stream().sorted().toList());
        if (!node.isObject()) {
            throw new ContractException(file, (prefix.isEmpty() ? "the document" : prefix.substring(0, prefix.length() - 1))
                    + ": expected a mapping with keys " + keys + "; found " + found(node));
        }
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw new ContractException(file, prefix + key + ": unknown key; expected one of " + keys);
            }
        }
    }

    private static Setting setting(Path file, JsonNode node, String prefix, Setting fallback) {
        CompatibilityLevel level = parse(file, prefix + "level", node.get("level"), CompatibilityLevel.class, fallback.level());
        CompatibilityPolicy policy = parse(file, prefix + "policy", node.get("policy"), CompatibilityPolicy.class,
                fallback.policy());
        return new Setting(level, policy);
    }

    private static <E extends Enum<E>> E parse(Path file, String key, @Nullable JsonNode value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        String valid = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        String what = key.substring(key.lastIndexOf('.') + 1);
        if (!value.isString()) {
            throw new ContractException(file, key + ": expected a " + what + ", one of " + valid + "; found " + found(value));
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.stringValue())) {
                return constant;
            }
        }
        throw new ContractException(file, key + ": unknown " + what + " \"" + value.stringValue() + "\"; expected one of " + valid);
    }

    /** @return what a YAML value is, in the words of the file: {@code a list [FULL]}, {@code the number 5}, ... */
    private static String found(JsonNode value) {
        String text = value.toString();
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        if (value.isArray()) {
            return "a list " + shown;
        }
        if (value.isObject()) {
            return "a mapping " + shown;
        }
        if (value.isNull()) {
            return "nothing (null)";
        }
        if (value.isNumber()) {
            return "the number " + shown;
        }
        if (value.isBoolean()) {
            return "the boolean " + shown;
        }
        return "the text " + shown;
    }
}
