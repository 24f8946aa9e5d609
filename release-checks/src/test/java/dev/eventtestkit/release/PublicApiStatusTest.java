package dev.eventtestkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.release.ApiSurface.PublicType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every public type of every published module says what it promises (docs/api.md). */
class PublicApiStatusTest {

    @Test
    void everyPublishedModuleIsChecked() {
        Map<String, Path> onClassPath = PublishedModules.onClassPath();
        List<String> missing = new ArrayList<>();
        for (String module : PublishedModules.inBom()) {
            if (!onClassPath.containsKey(module)) {
                missing.add(module + " is in testkit-bom/pom.xml but not a dependency of release-checks/pom.xml:"
                        + " add it there so that its public types are checked");
            }
        }
        assertThat(missing).as("published modules this test cannot see").isEmpty();
    }

    @Test
    void everyPublicTypeHasAnApiStatus() {
        List<String> unmarked = new ArrayList<>();
        for (PublicType type : surface()) {
            if (!type.hasStatus()) {
                unmarked.add(type.module() + ": " + type.name());
            }
        }
        assertThat(unmarked)
                .as("public types without @API(status = STABLE | EXPERIMENTAL | INTERNAL): mark each one"
                        + " (docs/api.md says what each status promises), or make it package-private")
                .isEmpty();
    }

    @Test
    void typesInInternalPackagesAreInternal() {
        List<String> wrong = new ArrayList<>();
        for (PublicType type : surface()) {
            boolean internalPackage = type.packageName().matches("(.*\\.)?internal(\\..*)?");
            if (type.hasStatus() && internalPackage && !"INTERNAL".equals(type.status())) {
                wrong.add(type.module() + ": " + type.name() + " is " + type.status() + " in an internal package");
            }
        }
        assertThat(wrong).as("an internal package holds only INTERNAL types").isEmpty();
    }

    @Test
    void docsApiMdListsExactlyTheStableTypes() throws IOException {
        String page = Files.readString(PublishedModules.ROOT.resolve("docs/api.md"));
        String section = page.substring(page.indexOf("## The stable surface"));
        section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        Set<String> listed = new TreeSet<>();
        Matcher names = Pattern.compile("(?m)^\\| `(dev\\.eventtestkit\\.[\\w.]+)`").matcher(section);
        while (names.find()) {
            listed.add(names.group(1));
        }
        Set<String> stable = new TreeSet<>();
        Set<String> unlisted = new TreeSet<>();
        for (PublicType type : surface()) {
            if ("STABLE".equals(type.status())) {
                stable.add(type.name());
                // a member type is listed with its enclosing type
                if (!listed.contains(type.name()) && !listed.contains(topLevel(type.name()))) {
                    unlisted.add(type.name());
                }
            }
        }
        Set<String> notStable = new TreeSet<>(listed);
        notStable.removeAll(stable);
        assertThat(unlisted).as("STABLE types missing from docs/api.md's stable surface").isEmpty();
        assertThat(notStable).as("types docs/api.md lists as stable that are not @API(status = STABLE)").isEmpty();
    }

    private static String topLevel(String name) {
        Matcher type = Pattern.compile("^(?:[a-z]\\w*\\.)*[A-Z]\\w*").matcher(name);
        return type.find() ? type.group() : name;
    }

    static List<PublicType> surface() {
        List<PublicType> all = new ArrayList<>();
        PublishedModules.onClassPath().forEach((module, path) -> {
            if (PublishedModules.inBom().contains(module)) {
                all.addAll(ApiSurface.of(module, path));
            }
        });
        return all;
    }
}
