package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
  * Issue 8: every line of every {@code ```java} block in README.md and docs/*.md appears in some
  * {@code src/**}{@code /*.java} file of the repository, so a doc example cannot drift from real code.
  */
class DocsCodeBlocksTest {

    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*//.*$");
    private static final Set<String> TRIVIAL = Set.of("}", "{", ");", "});", "...");
    /** Pages whose code is a whole project that a test builds and runs (release-checks' GettingStartedTest). */
    private static final Set<String> BUILT_WHOLE = Set.of("docs/getting-started.md");

    @Test
    void everyJavaLineOfTheDocsAppearsInSomeSourceFile() {
        Path root = RepositoryRoot.find();
        Set<String> sourceLines = sourceLines(root);
        List<String> missing = new ArrayList<>();
        for (Path doc : RepositoryRoot.docs()) {
            if (BUILT_WHOLE.contains(root.relativize(doc).toString().replace('\\', '/'))) {
                continue;
            }
            missing.addAll(missingLines(root, doc, sourceLines));
        }
        if (!missing.isEmpty()) {
            throw new AssertionFailedError(
                    missing.size() + " doc code line(s) found in no source file:\n" + String.join("\n", missing),
                    List.of(),
                    missing);
        }
    }

    @Test
    void reportsADocLineThatIsInNoSource() {
        List<String> missing =
                missingLines(
                        "docs/time.md",
                        List.of("# Time", "```java", "timers.schedule(...);  // later", "}", "```", "timers.schedule(...);"),
                        Set.of());
        assertThat(missing).containsExactly("docs/time.md:3: not found in any source: timers.schedule(...);");
    }

    @Test
    void ignoresImportsCommentsBracesAndOtherLanguages() {
        List<String> missing =
                missingLines(
                        "README.md",
                        List.of("```java", "import a.B;", "// why", "  });", "   ", "int x = 1;  // one", "```",
                                "```xml", "<a/>", "```"),
                        Set.of("int x = 1;"));
        assertThat(missing).isEmpty();
    }

    private static Set<String> sourceLines(Path root) {
        Set<String> lines = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').contains("src/"))
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').contains("target/"))
                    .forEach(p -> readLines(p).forEach(l -> addSourceLine(lines, l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static void addSourceLine(Set<String> lines, String line) {
        String collapsed = collapse(line);
        if (!collapsed.isEmpty()) {
            lines.add(collapsed);
            lines.add(TRAILING_COMMENT.matcher(collapsed).replaceAll("").strip());
        }
    }

    private static List<String> missingLines(Path root, Path doc, Set<String> sourceLines) {
        String name = root.relativize(doc).toString().replace('\\', '/');
        return missingLines(name, readLines(doc), sourceLines);
    }

    static List<String> missingLines(String name, List<String> docLines, Set<String> sourceLines) {
        List<String> missing = new ArrayList<>();
        boolean inJava = false;
        boolean inOther = false;
        for (int i = 0; i < docLines.size(); i++) {
            String raw = docLines.get(i).strip();
            if (raw.startsWith("```")) {
                if (inJava || inOther) {
                    inJava = false;
                    inOther = false;
                } else {
                    inJava = raw.equals("```java");
                    inOther = !inJava;
                }
                continue;
            }
            if (inJava) {
                String line = TRAILING_COMMENT.matcher(collapse(raw)).replaceAll("").strip();
                if (!skipped(line) && !sourceLines.contains(line)) {
                    missing.add(name + ":" + (i + 1) + ": not found in any source: " + line);
                }
            }
        }
        return missing;
    }

    private static boolean skipped(String line) {
        return line.isEmpty()
                || TRIVIAL.contains(line)
                || line.startsWith("import ")
                || line.startsWith("//")
                || line.startsWith("/*")
                || line.startsWith("*");
    }

    private static String collapse(String line) {
        return String.join(" ", line.strip().split("\\s+"));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
