package dev.eventtestkit.internal.jackson;

import dev.eventtestkit.event.Json;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Core's bridge between the kit's {@link Json} and the Jackson tree core works on, without copying.
 *
 * <p>For testkit-core's own classes only: this is the one public class whose signatures carry the bundled
 * Jackson types, which other modules cannot compile against. Wrap only a node that nobody changes afterwards
 * (a fresh codec result, a parsed document, a loaded schema): a {@link Json} never copies what it wraps.
 */
@API(status = API.Status.INTERNAL)
public final class JacksonJson {

    /** How {@link Json} lets this bridge see its tree; installed once by {@link Json}'s class initializer. */
    @API(status = API.Status.INTERNAL)
    public interface Access {

        /**
         * @param node a node nobody changes from now on
         * @return the value wrapping it
         */
        Json wrap(JsonNode node);

        /**
         * @param json a value
         * @return the node it wraps; never to be changed
         */
        JsonNode node(Json json);
    }

    private static volatile @Nullable Access access;

    private JacksonJson() {}

    /**
     * Called by {@link Json}'s class initializer, once.
     *
     * @param installed the access
     */
    public static void install(Access installed) {
        Objects.requireNonNull(installed, "installed");
        synchronized (JacksonJson.class) {
            if (access != null) {
                throw new IllegalStateException("the Json access is installed already");
            }
            access = installed;
        }
    }

    /**
     * @param node a node nobody changes from now on
     * @return the read-only value wrapping it, not a copy
     */
    public static Json wrap(JsonNode node) {
        return access().wrap(Objects.requireNonNull(node, "node"));
    }

    /**
     * @param json a value
     * @return the node it wraps, to read and never to change
     */
    public static JsonNode node(Json json) {
        return access().node(Objects.requireNonNull(json, "json"));
    }

    private static Access access() {
        Access current = access;
        if (current == null) {
            Json.nullValue(); // runs Json's initializer, which installs the access
            current = Objects.requireNonNull(access, "Json did not install its access");
        }
        return current;
    }
}
