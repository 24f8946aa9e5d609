package dev.eventtestkit.contract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Compares one pair of schemas: sums and products against plain schemas, kinds, annotations, keywords. */
final class SchemaWalker {
    private SchemaWalker() {}

    static void compare(DiffContext ctx, DiffShape original, DiffShape update) {
        if (matchedAcrossCombination(ctx, original, update)) {
            return;
        }
        if (!sameKind(original, update)) {
            compareKinds(ctx, original, update);
            return;
        }
        if (original.annotated() && update.annotated()) {
            compareAnnotations(ctx, original.node(), update.node());
        }
        switch (original.kind()) {
            case STRING:
                ScalarDiff.compareStrings(ctx, original.node(), update.node());
                break;
            case NUMBER:
                ScalarDiff.compareNumbers(ctx, original, update);
                break;
            case ENUM:
                ScalarDiff.compareEnums(ctx, original.node(), update.node());
                break;
            case CONST:
                ScalarDiff.compareConsts(ctx, original.node(), update.node());
                break;
            case NOT:
                ScalarDiff.compareNots(ctx, original, update);
                break;
            case COMBINED:
                CombinedDiff.compare(ctx, original, update);
                break;
            case OBJECT:
                ObjectDiff.compare(ctx, original, update);
                break;
            case ARRAY:
                ArrayDiff.compare(ctx, original, update);
                break;
            default:
                break;
        }
    }

    /**
     * A plain schema against a combination: a sum that contains a match for it extends the type; a product
     * with a conjunct that the plain schema matches narrows it; single-schema combinations are unwrapped.
     */
    private static boolean matchedAcrossCombination(DiffContext ctx, DiffShape original, DiffShape update) {
        if (!original.isCombined() && update.isCombined()) {
            List<DiffShape> alternatives = update.parts();
            if (alternatives.size() == 1) {
                return adoptIfCompatible(ctx, original, alternatives.get(0), null, original, update);
            }
            if (update.criterion() != DiffShape.Criterion.ALL_OF) {
                for (DiffShape alternative : alternatives) {
                    if (adoptIfCompatible(ctx, original, alternative, DifferenceType.SUM_TYPE_EXTENDED, original,
                            update)) {
                        return true;
                    }
                }
            }
        } else if (original.isCombined() && !update.isCombined()) {
            List<DiffShape> conjuncts = original.parts();
            if (conjuncts.size() == 1) {
                return adoptIfCompatible(ctx, conjuncts.get(0), update, null, original, update);
            }
            if (original.criterion() == DiffShape.Criterion.ALL_OF) {
                for (DiffShape conjunct : conjuncts) {
                    if (adoptIfCompatible(ctx, conjunct, update, DifferenceType.PRODUCT_TYPE_NARROWED, original,
                            update)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean adoptIfCompatible(DiffContext ctx, DiffShape left, DiffShape right,
            @Nullable DifferenceType marker, DiffShape original, DiffShape update) {
        DiffContext trial = ctx.sub();
        trial.compare(left, right);
        if (!trial.isCompatible()) {
            return false;
        }
        ctx.adopt(trial);
        if (marker != null) {
            ctx.add(marker, original.describe(), update.describe());
        }
        return true;
    }

    private static boolean sameKind(DiffShape original, DiffShape update) {
        return original.kind() == update.kind() || original.acceptsAll() && update.acceptsAll();
    }

    private static void compareKinds(DiffContext ctx, DiffShape original, DiffShape update) {
        if (update.acceptsAll() || original.kind() == DiffShape.Kind.FALSE) {
            ctx.add(DifferenceType.TYPE_EXTENDED, original.describe(), update.describe());
        } else {
            ctx.add(DifferenceType.TYPE_CHANGED, original.describe(), update.describe());
        }
    }

    private static void compareAnnotations(DiffContext ctx, JsonNode original, JsonNode update) {
        String idKeyword = original.has("$id") || !original.has("id") ? "$id" : "id";
        compareAnnotation(ctx, idKeyword, id(original), id(update), DifferenceType.ID_CHANGED);
        compareAnnotation(ctx, "title", original.get("title"), update.get("title"), DifferenceType.TITLE_CHANGED);
        compareAnnotation(ctx, "description", original.get("description"), update.get("description"),
                DifferenceType.DESCRIPTION_CHANGED);
        compareAnnotation(ctx, "default", original.get("default"), update.get("default"),
                DifferenceType.DEFAULT_CHANGED);
    }

    private static @Nullable JsonNode id(JsonNode schema) {
        return schema.has("$id") ? schema.get("$id") : schema.get("id");
    }

    /**
     * An annotation change is reported at the schema's own path, not the keyword's, as the registry reports it
     * ({@code TITLE_CHANGED #/properties/a}); bounds and other assertions name their keyword.
     */
    private static void compareAnnotation(DiffContext ctx, String keyword, @Nullable JsonNode original,
            @Nullable JsonNode update, DifferenceType type) {
        if (!Objects.equals(original, update)) {
            ctx.add(type, DiffValues.text(original), DiffValues.text(update));
        }
    }
}
