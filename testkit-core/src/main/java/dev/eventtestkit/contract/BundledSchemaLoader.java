package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.AbsoluteIri;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.ResourceLoader;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.SchemaIdResolver;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.SchemaLoader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validator's schema loader, finding the meta-schemas where the kit's jar holds them.
 *
 * <p>The validator keeps its copies of the meta-schemas at the root of its jar ({@code draft/2020-12/schema}) and
 * maps {@code https://json-schema.org/...} to them. testkit-json-internal moves them under the kit's folder with the
 * rest of the validator (its pom), so that another copy of the validator on the application's class path, another
 * version, never shadows them or is shadowed; this loader maps to that folder. The mapping of meta-schema ids
 * cannot be made by a {@link SchemaIdResolver}: the validator applies its own after them.
 */
final class BundledSchemaLoader extends SchemaLoader {

    private static final String CLASSPATH = "classpath:";
    /** Where testkit-json-internal's pom relocates the validator's resources. */
    private static final String FOLDER = CLASSPATH + "dev/eventtestkit/internal/shaded/networknt/";

    BundledSchemaLoader(List<SchemaIdResolver> resolvers, List<ResourceLoader> loaders) {
        super(resolvers, loaders);
    }

    @Override
    protected @Nullable AbsoluteIri resolveMetaSchemaId(AbsoluteIri id) {
        AbsoluteIri mapped = super.resolveMetaSchemaId(id);
        if (mapped == null) {
            return null;
        }
        String text = mapped.toString();
        return text.startsWith(CLASSPATH) && !text.startsWith(FOLDER)
                ? AbsoluteIri.of(FOLDER + text.substring(CLASSPATH.length()))
                : mapped;
    }
}
