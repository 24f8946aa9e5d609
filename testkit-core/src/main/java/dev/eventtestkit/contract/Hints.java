package dev.eventtestkit.contract;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a user can do about an incompatible difference; {@code {old}} stands for the versions it breaks. */
final class Hints {

    private static final String CLOSE = "close {old} with additionalProperties: false";
    private static final Map<DifferenceType, String> BY_TYPE = Map.ofEntries(
            Map.entry(DifferenceType.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, CLOSE + ", or use policy LENIENT"),
            Map.entry(DifferenceType.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL, CLOSE + ", or use policy LENIENT"),
            Map.entry(DifferenceType.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, CLOSE + ", or add the property with an empty schema"),
            Map.entry(DifferenceType.REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, "make the new property optional or give it a default"),
            Map.entry(DifferenceType.REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, "make the new property optional or give it a default"),
            Map.entry(DifferenceType.REQUIRED_ATTRIBUTE_ADDED, "make the new property optional or give it a default"),
            Map.entry(DifferenceType.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, "keep the property (mark it deprecated), or use policy LENIENT"),
            Map.entry(DifferenceType.ADDITIONAL_PROPERTIES_REMOVED, "keep additionalProperties open, or use policy LENIENT"),
            Map.entry(DifferenceType.ADDITIONAL_PROPERTIES_NARROWED, "keep additionalProperties as wide as in {old}, or use policy LENIENT"),
            Map.entry(DifferenceType.TYPE_CHANGED, "add a new property with the new type instead of changing this one"),
            Map.entry(DifferenceType.TYPE_NARROWED, "keep every type {old} allowed"),
            Map.entry(DifferenceType.ENUM_ARRAY_NARROWED, "keep the enum values {old} allowed"),
            Map.entry(DifferenceType.ENUM_ARRAY_CHANGED, "keep the enum values {old} allowed"));

    private Hints() {}

    static @Nullable String forDifference(DifferenceType type, List<Integer> brokenVersions) {
        String template = BY_TYPE.get(type);
        if (template == null) {
            return null;
        }
        String old = String.join(", ", brokenVersions.stream().map(v -> "v" + v).toList());
        return template.replace("{old}", old);
    }
}
