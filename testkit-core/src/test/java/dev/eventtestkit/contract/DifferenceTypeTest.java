package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferenceTypeTest {

    @Test
    void hintsHowToKeepAnOpenModelCompatible() {
        assertThat(DifferenceType.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL.hint())
                .isEqualTo("close the earlier version with additionalProperties: false, or use policy LENIENT");
        assertThat(DifferenceType.TYPE_CHANGED.hint())
                .isEqualTo("add a new property for the new type, or accept both types with a type list or anyOf");
    }

    @Test
    void everyIncompatibleTypeHasAHintAndEveryCompatibleOneNone() {
        for (DifferenceType type : DifferenceType.values()) {
            boolean alwaysCompatible = type.isBackwardCompatible(CompatibilityPolicy.STRICT);
            assertThat(type.hint().isEmpty()).as(type.name()).isEqualTo(alwaysCompatible);
        }
    }

    @Test
    void lenientAcceptsExactlyNineMoreTypesThanStrict() {
        Set<DifferenceType> lenientOnly = EnumSet.noneOf(DifferenceType.class);
        for (DifferenceType type : DifferenceType.values()) {
            if (type.isBackwardCompatible(CompatibilityPolicy.LENIENT)
                    && !type.isBackwardCompatible(CompatibilityPolicy.STRICT)) {
                lenientOnly.add(type);
            }
        }

        assertThat(lenientOnly).containsExactlyInAnyOrder(
                DifferenceType.ADDITIONAL_PROPERTIES_REMOVED, DifferenceType.ADDITIONAL_PROPERTIES_NARROWED,
                DifferenceType.REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL,
                DifferenceType.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL,
                DifferenceType.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL,
                DifferenceType.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                DifferenceType.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                DifferenceType.UNEVALUATED_PROPERTIES_REMOVED, DifferenceType.UNEVALUATED_PROPERTIES_NARROWED);
    }
}
