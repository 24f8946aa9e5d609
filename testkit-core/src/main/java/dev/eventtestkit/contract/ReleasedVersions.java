package dev.eventtestkit.contract;

import dev.eventtestkit.internal.jackson.JacksonJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Checks that released versions stay as released: every version in a baseline (e.g. the main branch's
 * {@code schemas/}) must still exist, with the same JSON, in the current contracts.
 *
 * <pre>{@code
 * List<ReleasedVersionProblem> p = ReleasedVersions.check(EventContracts.load(baseline), EventContracts.load(current));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReleasedVersions {

    private ReleasedVersions() {}

    /**
     * Compares current contracts with a baseline.
     *
     * @param baseline the released contracts
     * @param current the contracts under review
     * @return every released version that changed or vanished, by subject then version; empty when none did
     */
    public static List<ReleasedVersionProblem> check(EventContracts baseline, EventContracts current) {
        List<ReleasedVersionProblem> problems = new ArrayList<>();
        for (String subject : baseline.subjects()) {
            for (int version = 1; version <= baseline.latestVersion(subject); version++) {
                Path released = baseline.file(subject, version);
                if (!current.subjects().contains(subject) || version > current.latestVersion(subject)) {
                    Path expected = current.root().resolve(baseline.root().relativize(released));
                    problems.add(new ReleasedVersionProblem(subject, version, expected, released,
                            ReleasedVersionProblem.Kind.REMOVED, "#/", null, null));
                    continue;
                }
                JsonNode before = JacksonJson.node(baseline.schema(subject, version));
                JsonNode after = JacksonJson.node(current.schema(subject, version));
                if (!before.equals(after)) {
                    problems.add(changed(subject, version, current.file(subject, version), released, before, after));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static ReleasedVersionProblem changed(String subject, int version, Path file, Path released,
            JsonNode before, JsonNode after) {
        String pointer = firstDifference(before, after, "");
        JsonNode was = before.at(pointer);
        JsonNode is = after.at(pointer);
        return new ReleasedVersionProblem(subject, version, file, released, ReleasedVersionProblem.Kind.CHANGED,
                "#" + (pointer.isEmpty() ? "/" : pointer), text(was), text(is));
    }

    /** The pointer of the first place, in the released document's order, where the two trees differ. */
    private static String firstDifference(JsonNode before, JsonNode after, String at) {
        if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            List<String> ordered = new ArrayList<>(before.propertyNames());
            names.stream().filter(n -> !before.has(n)).forEach(ordered::add);
            for (String name : ordered) {
                JsonNode b = before.path(name);
                JsonNode a = after.path(name);
                if (!b.equals(a)) {
                    return firstDifference(b, a, at + "/" + name.replace("~", "~0").replace("/", "~1"));
                }
            }
        }
        if (before.isArray() && after.isArray() && before.size() == after.size()) {
            Iterator<JsonNode> b = before.iterator();
            Iterator<JsonNode> a = after.iterator();
            for (int i = 0; b.hasNext(); i++) {
                JsonNode bi = b.next();
                JsonNode ai = a.next();
                if (!bi.equals(ai)) {
                    return firstDifference(bi, ai, at + "/" + i);
                }
            }
        }
        return at;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() ? null : node.toString();
    }
}
