package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The docs point only at what the repository holds (issue 17: contracts.md and two Javadocs cited "the design's
 * CONTRACTS.md", which users never had): every relative link of README.md and docs/*.md reaches a file, and its
 * {@code #anchor} a heading of that file; no page or main source cites the design's documents.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```$");
    private static final Pattern DESIGN_DOC = Pattern.compile("\\b(CONTRACTS|ARCHITECTURE|STYLE)\\.md\\b");

    @Test
    void everyRelativeLinkOfTheDocsReachesAFileAndHeading() {
        Path root = RepositoryRoot.find();
        List<String> broken = new ArrayList<>();
        for (Path doc : RepositoryRoot.docs()) {
            broken.addAll(brokenLinks(root, doc));
        }
        if (!broken.isEmpty()) {
            throw new AssertionFailedError(broken.size() + " broken doc link(s):\n" + String.join("\n", broken));
        }
    }

    @Test
    void noPageOrSourceCitesTheDesignDocuments() throws IOException {
        Path root = RepositoryRoot.find();
        List<String> citing = new ArrayList<>();
        List<Path> files = new ArrayList<>(RepositoryRoot.docs());
        try (Stream<Path> sources = Files.walk(root)) {
            sources.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .forEach(files::add);
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (DESIGN_DOC.matcher(lines.get(i)).find()) {
                    citing.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(citing).as("cites a design document users do not have; point at docs/ instead").isEmpty();
    }

    @Test
    void everyCodeFenceOfTheDocsIsClosed() {
        Path root = RepositoryRoot.find();
        List<String> open = new ArrayList<>();
        for (Path doc : RepositoryRoot.docs()) {
            List<String> lines = RepositoryRoot.read(doc).lines().toList();
            int opened = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("```")) {
                    opened = opened < 0 ? i + 1 : -1;
                }
            }
            if (opened > 0) {
                open.add(root.relativize(doc) + ":" + opened + ": this code block is never closed; the rest of the"
                        + " page renders as code");
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void anchorsAreGithubHeadingSlugs() {
        assertThat(anchors("# Title\n## `@EventTest`: one world\n## Faults\n## Faults\n```\n# not a heading\n```\n"))
                .containsExactlyInAnyOrder("title", "eventtest-one-world", "faults", "faults-1");
    }

    private static List<String> brokenLinks(Path root, Path doc) {
        String text = FENCE.matcher(RepositoryRoot.read(doc)).replaceAll("");
        List<String> broken = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("^[a-z]+:.*")) {
                continue; // https:, mailto:
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
            String where = root.relativize(doc) + ": (" + target + ")";
            if (!Files.exists(resolved)) {
                broken.add(where + ": no file " + root.relativize(resolved));
            } else if (anchor != null && resolved.toString().endsWith(".md")
                    && !anchors(RepositoryRoot.read(resolved)).contains(anchor)) {
                broken.add(where + ": no heading #" + anchor + " in " + root.relativize(resolved));
            }
        }
        return broken;
    }

    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
        while (heading.find()) {
            String slug = heading.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }
}
