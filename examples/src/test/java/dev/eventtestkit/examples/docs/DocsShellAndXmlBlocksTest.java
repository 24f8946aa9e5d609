package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The docs' XML and shell blocks are checked too, not only their Java (issue 17): every XML block is well-formed
 * and names only published EventTestkit artifacts at this version; every shell block parses, and its commands
 * name modules, test classes, jars and {@code testkit} subcommands that exist.
 */
class DocsShellAndXmlBlocksTest {

    private static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern KIT_ARTIFACT = Pattern.compile(
            "<groupId>dev\\.eventtestkit</groupId>\\s*<artifactId>([\\w.-]+)</artifactId>"
                    + "(?:\\s*<version>([^<]+)</version>)?");
    private static final Pattern COORDINATES = Pattern.compile("dev\\.eventtestkit:([\\w.-]+):([\\w.-]+)");
    private static final Set<String> TESTKIT_COMMANDS = Set.of("check", "diff");

    @Test
    void xmlAndShellBlocksOfTheDocsAreTrue() {
        Path root = RepositoryRoot.find();
        List<String> problems = new ArrayList<>();
        for (Path doc : RepositoryRoot.docs()) {
            problems.addAll(problems(root, root.relativize(doc).toString(), RepositoryRoot.read(doc)));
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(problems.size() + " doc block problem(s):\n" + String.join("\n", problems));
        }
    }

    @Test
    void reportsEachKindOfProblemWithTheDocAndLine() {
        Path root = RepositoryRoot.find();
        String doc = String.join("\n",
                "# A page",
                "```xml",
                "<dependency><groupId>dev.eventtestkit</groupId><artifactId>testkit-nope</artifactId></dependency>",
                "```",
                "```xml",
                "<a><b></a>",
                "```",
                "```shell",
                "if then fi (",
                "```",
                "```",
                "mvn -pl no-such-module verify -Dtest=NoSuchTest",
                "./testkit chek schemas",
                "java -jar nowhere/target/x.jar",
                "```",
                "");
        assertThat(problems(root, "docs/page.md", doc)).containsExactly(
                "docs/page.md:2: dev.eventtestkit:testkit-nope is not a published module (testkit-bom/pom.xml)",
                "docs/page.md:5: not well-formed XML: The element type \"b\" must be terminated by the matching"
                        + " end-tag \"</b>\".",
                "docs/page.md:8: bash -n: syntax error near unexpected token `then'",
                "docs/page.md:11: mvn -pl no-such-module: no such module folder",
                "docs/page.md:11: -Dtest=NoSuchTest: no test class NoSuchTest in any src/test",
                "docs/page.md:11: ./testkit chek: testkit has no command chek (it has check, diff)",
                "docs/page.md:11: java -jar nowhere/target/x.jar: no module nowhere");
    }

    static List<String> problems(Path root, String name, String doc) {
        List<String> problems = new ArrayList<>();
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            int line = (int) doc.substring(0, block.start()).lines().count() + 1;
            String language = block.group(1);
            String body = block.group(2);
            String where = name + ":" + line + ": ";
            if (language.equals("xml")) {
                xml(root, body).forEach(problem -> problems.add(where + problem));
            } else if (Set.of("shell", "bash", "sh").contains(language)) {
                bashSyntax(body).forEach(problem -> problems.add(where + problem));
                commands(root, body).forEach(problem -> problems.add(where + problem));
            } else if (language.isEmpty()) {
                commands(root, body).forEach(problem -> problems.add(where + problem));
            }
        }
        return problems;
    }

    private static List<String> xml(Path root, String body) {
        List<String> problems = new ArrayList<>();
        String wrapped = "<doc>" + body.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "") + "</doc>";
        try {
            var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // report through the exception, not on stderr
            builder.parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            problems.add("not well-formed XML: " + e.getMessage());
        }
        Matcher artifact = KIT_ARTIFACT.matcher(body);
        while (artifact.find()) {
            problems.addAll(artifact(root, artifact.group(1), artifact.group(2)));
        }
        return problems;
    }

    private static List<String> artifact(Path root, String artifactId, String version) {
        List<String> problems = new ArrayList<>();
        String bom = RepositoryRoot.read(root.resolve("testkit-bom/pom.xml"));
        if (!artifactId.equals("testkit-bom") && !bom.contains("<artifactId>" + artifactId + "</artifactId>")) {
            problems.add("dev.eventtestkit:" + artifactId + " is not a published module (testkit-bom/pom.xml)");
        }
        String snapshot = projectVersion(root);
        String release = snapshot.replace("-SNAPSHOT", "");
        if (version != null && !version.equals(snapshot) && !version.equals(release)) {
            problems.add("dev.eventtestkit:" + artifactId + ":" + version + ": the version is " + snapshot
                    + " (or " + release + " once released)");
        }
        return problems;
    }

    private static List<String> bashSyntax(String body) {
        try {
            Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
            bash.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            bash.getOutputStream().close();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!bash.waitFor(30, TimeUnit.SECONDS)) {
                bash.destroyForcibly();
                return List.of("bash -n did not finish");
            }
            if (bash.exitValue() == 0) {
                return List.of();
            }
            String first = output.lines().findFirst().orElse("").replaceFirst("^bash: line \\d+: ", "");
            return List.of("bash -n: " + first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> commands(Path root, String body) {
        List<String> problems = new ArrayList<>();
        for (String raw : body.lines().toList()) {
            String line = raw.strip().replaceFirst("^\\$ ", "").replaceFirst("\\s+#.*$", "");
            List<String> words = List.of(line.split("\\s+"));
            if (words.get(0).equals("mvn")) {
                problems.addAll(maven(root, words));
            } else if (words.get(0).equals("./testkit") && words.size() > 1
                    && !words.get(1).startsWith("-") && !TESTKIT_COMMANDS.contains(words.get(1))) {
                problems.add("./testkit " + words.get(1) + ": testkit has no command " + words.get(1)
                        + " (it has check, diff)");
            } else if (words.get(0).equals("java") && words.size() > 2 && words.get(1).equals("-jar")) {
                String jar = words.get(2);
                String module = jar.contains("/target/") ? jar.substring(0, jar.indexOf("/target/")) : null;
                if (module != null && !Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                    problems.add("java -jar " + jar + ": no module " + module);
                }
            }
            Matcher coordinates = COORDINATES.matcher(line);
            while (coordinates.find()) {
                problems.addAll(artifact(root, coordinates.group(1), coordinates.group(2)));
            }
        }
        return problems;
    }

    private static List<String> maven(Path root, List<String> words) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-pl") && i + 1 < words.size()) {
                for (String module : words.get(i + 1).replace("\"", "").replace("'", "").split(",")) {
                    if (!module.contains("$") && !Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                        problems.add("mvn -pl " + module + ": no such module folder");
                    }
                }
            }
            if (word.startsWith("-Dtest=")) {
                for (String test : word.substring("-Dtest=".length()).replace("'", "").split(",")) {
                    String simple = test.replaceFirst("#.*", "");
                    if (!simple.contains("*") && !testClassExists(root, simple)) {
                        problems.add("-Dtest=" + simple + ": no test class " + simple + " in any src/test");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean testClassExists(Path root, String simpleName) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(path -> path.getFileName().toString().equals(simpleName + ".java")
                    && path.toString().contains("/src/test/") && !path.toString().contains("/target/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String projectVersion(Path root) {
        try {
            var project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(root.resolve("pom.xml").toFile()).getDocumentElement();
            for (var node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
                if ("version".equals(node.getNodeName())) {
                    return node.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no <version>");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml: " + e.getMessage(), e);
        }
    }
}
