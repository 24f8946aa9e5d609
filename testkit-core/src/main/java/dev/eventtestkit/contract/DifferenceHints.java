package dev.eventtestkit.contract;

/** What to do about an incompatible difference, in one line; empty when there is nothing to do. */
final class DifferenceHints {
    private static final String TIGHTER = "a tighter constraint rejects data already written: keep the old limit";
    private static final String OPEN_MODEL =
            "close the earlier version with additionalProperties: false, or use policy LENIENT";

    private DifferenceHints() {}

    static String of(DifferenceType type) {
        switch (type) {
            case SCHEMA_ADDED:
                return "old data was never checked against this subschema: make it accept anything old data may hold";
            case TYPE_CHANGED:
                return "add a new property for the new type, or accept both types with a type list or anyOf";
            case TYPE_NARROWED:
                return "keep type number, or check for whole numbers in the consumer";
            case MAX_LENGTH_ADDED: case MAX_LENGTH_DECREASED: case MIN_LENGTH_ADDED: case MIN_LENGTH_INCREASED:
            case MAXIMUM_ADDED: case MAXIMUM_DECREASED: case MINIMUM_ADDED: case MINIMUM_INCREASED:
            case EXCLUSIVE_MAXIMUM_ADDED: case EXCLUSIVE_MAXIMUM_DECREASED: case EXCLUSIVE_MINIMUM_ADDED:
            case EXCLUSIVE_MINIMUM_INCREASED: case MAX_PROPERTIES_ADDED: case MAX_PROPERTIES_DECREASED:
            case MIN_PROPERTIES_ADDED: case MIN_PROPERTIES_INCREASED: case MAX_ITEMS_ADDED: case MAX_ITEMS_DECREASED:
            case MIN_ITEMS_ADDED: case MIN_ITEMS_INCREASED: case MAX_CONTAINS_ADDED: case MAX_CONTAINS_DECREASED:
            case MIN_CONTAINS_ADDED: case MIN_CONTAINS_INCREASED:
                return TIGHTER;
            case PATTERN_ADDED: case PATTERN_CHANGED:
                return "old values may not match the new pattern: keep the old pattern, or check it in the consumer";
            case MULTIPLE_OF_ADDED: case MULTIPLE_OF_EXPANDED: case MULTIPLE_OF_CHANGED:
                return "use a multipleOf that divides the old one, or none";
            case UNIQUE_ITEMS_ADDED:
                return "old arrays may hold duplicates: drop uniqueItems, or remove duplicates in the consumer";
            case REQUIRED_ATTRIBUTE_ADDED:
                return "give the property a default, or keep it optional";
            case DEPENDENCY_ARRAY_ADDED: case DEPENDENCY_ARRAY_EXTENDED: case DEPENDENCY_ARRAY_CHANGED:
            case DEPENDENCY_SCHEMA_ADDED:
                return "old data may lack what the new dependency demands: keep the old dependency";
            case PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: case OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL:
            case REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL:
                return OPEN_MODEL;
            case REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: case REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL:
                return "old data lacks the new property: make it optional or give it a default";
            case PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL:
                return "keep the property (deprecate it), or use policy LENIENT";
            case PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL:
            case PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL:
                return "make additionalProperties (or the matching patternProperties) accept the property's schema, "
                        + "or use policy LENIENT";
            case ADDITIONAL_PROPERTIES_REMOVED: case ADDITIONAL_PROPERTIES_NARROWED:
                return "keep additionalProperties as it was, or use policy LENIENT";
            case UNEVALUATED_PROPERTIES_REMOVED: case UNEVALUATED_PROPERTIES_NARROWED:
                return "keep unevaluatedProperties as it was, or use policy LENIENT";
            case RESERVED_PROPERTY_REMOVED:
                return "a reserved property name stays reserved: put it back on the reserved list";
            case RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY:
                return "rename the property: its name is reserved";
            case ADDITIONAL_ITEMS_REMOVED: case ADDITIONAL_ITEMS_NARROWED:
                return "keep additionalItems as it was";
            case UNEVALUATED_ITEMS_REMOVED: case UNEVALUATED_ITEMS_NARROWED:
                return "keep unevaluatedItems as it was";
            case ITEM_ADDED_TO_OPEN_CONTENT_MODEL:
                return "close the earlier version's tuple with additionalItems: false (items: false in 2020-12)";
            case ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL:
                return "keep the tuple item, or accept extra items with additionalItems";
            case ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL:
            case ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL:
                return "make additionalItems accept the item's schema";
            case ENUM_ARRAY_NARROWED: case ENUM_ARRAY_CHANGED:
                return "keep every old value: add values, never remove or rename one";
            case COMBINED_TYPE_CHANGED:
                return "keep the combining keyword, or change it to anyOf";
            case PRODUCT_TYPE_EXTENDED:
                return "a new allOf member constrains old data: make it accept what old data holds";
            case SUM_TYPE_NARROWED:
                return "keep every old alternative of the oneOf/anyOf";
            case COMBINED_TYPE_SUBSCHEMAS_CHANGED:
                return "each old alternative needs a compatible new one: change one alternative at a time";
            case NOT_TYPE_EXTENDED:
                return "a wider not rejects old data: keep it as narrow as it was";
            case TYPE_MISMATCH:
                return "add a new field for the new type, or use a type Avro promotes to (int to long, float or double; string to bytes)";
            case NAME_MISMATCH:
                return "keep the name, or add the old full name to the new type's aliases";
            case FIXED_SIZE_MISMATCH:
                return "keep the size: add a new field for the new fixed";
            case MISSING_ENUM_SYMBOLS:
                return "keep every old symbol, or give the enum a default symbol";
            case READER_FIELD_MISSING_DEFAULT_VALUE:
                return "give the new field a default";
            case MISSING_UNION_BRANCH:
                return "keep every branch the other version may write";
            default:
                return "";
        }
    }
}
