package dev.eventtestkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * docs/getting-started.md followed literally: every block the page introduces with a file name becomes that
 * file of a fresh project outside the reactor, which a Maven of its own builds with {@code mvn verify}. The kit
 * comes from the folder repository the release build deployed to (never from ~/.m2, where nothing is
 * installed); everything else from the machine's local repository read as a remote one, and what that lacks
 * from Maven Central, as a user's build would (the project's own local repository is under target/). Then
 * the page's failure example is made and its text compared.
 */
@EnabledIfSystemProperty(named = ReleaseRepositoryTest.REPO, matches = ".+")
class GettingStartedTest {

    private static final Path PAGE = PublishedModules.ROOT.resolve("docs/getting-started.md");

    /** A block's file: the backticked path alone on the line before it, ending with a colon. */
    private static final Pattern FILE_BLOCK =
            Pattern.compile("(?m)^`([\\w./-]+)`:\\n\\n```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);

    private final Path repo = Path.of(System.getProperty(ReleaseRepositoryTest.REPO));

    @Test
    void theGettingStartedPageBuildsAndItsFailureReadsAsShown() throws Exception {
        Path project = Path.of("target/getting-started").toAbsolutePath();
        deleteRecursively(project);
        Map<String, String> files = files(Files.readString(PAGE));
        assertThat(files).containsKeys("pom.xml", "src/test/java/com/example/orders/OrderTest.java");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }

        Run passing = maven(project, "verify");
        assertThat(passing.exitCode()).as("mvn verify of the page's project:\n" + passing.output()).isZero();
        assertThat(passing.output()).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");

        // section 5: the page's own edit, and the failure text it shows
        Path test = project.resolve("src/test/java/com/example/orders/OrderTest.java");
        String source = Files.readString(test);
        String edited = source.replace(".thenEvents(new OrderPlaced(\"o-1\", 100));",
                ".thenEvents(new OrderPlaced(\"o-1\", 120));");
        assertThat(edited).isNotEqualTo(source);
        Files.writeString(test, edited);
        Run failing = maven(project, "test", "-Dtest=OrderTest#placesAnOrder");
        assertThat(failing.exitCode()).as(failing.output()).isNotZero();
        String report = Files.readString(project.resolve(
                "target/surefire-reports/com.example.orders.OrderTest.txt"));
        assertThat(normalize(report)).contains(normalize(failureExample(Files.readString(PAGE))));
    }

    @Test
    void findsEveryFileBlockOfAPage() {
        String page = "intro\n\n`pom.xml`:\n\n```xml\n<project/>\n```\n\nmore\n\n"
                + "`src/main/java/A.java`:\n\n```java\nclass A {}\n```\n\n```shell\nmvn verify\n```\n";
        assertThat(files(page)).containsExactly(Map.entry("pom.xml", "<project/>\n"),
                Map.entry("src/main/java/A.java", "class A {}\n"));
    }

    static Map<String, String> files(String page) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher block = FILE_BLOCK.matcher(page);
        while (block.find()) {
            files.put(block.group(1), block.group(3));
        }
        return files;
    }

    private static String failureExample(String page) {
        String section = page.substring(page.indexOf("## 5. When it fails"));
        Matcher block = Pattern.compile("(?m)^```\\n(.*?)^```$", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a plain code block in section 5 of " + PAGE).isTrue();
        return block.group(1).strip();
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
    }

    private record Run(int exitCode, String output) {
    }

    /** Maven as a user runs it, with a settings file that reads the kit from the release folder. */
    private Run maven(Path project, String... goals) throws IOException, InterruptedException {
        Path settings = project.resolve("../getting-started-settings.xml");
        String localAsRemote = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles>
                    <profile>
                      <id>release-folder</id>
                      <repositories>
                        <repository>
                          <id>release-folder</id>
                          <url>%s</url>
                          <snapshots><enabled>true</enabled></snapshots>
                        </repository>
                        <repository>
                          <id>local-as-remote</id>
                          <url>%s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>local-as-remote</id>
                          <url>%3$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>release-folder</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(project.resolve("../getting-started-repo").normalize(), repo.toUri(),
                localAsRemote));
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-s", settings.toString(),
                "-Dstyle.color=never"));
        command.addAll(List.of(goals));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(10, TimeUnit.MINUTES);
        assertThat(done).as("mvn %s finished within 10 minutes", String.join(" ", goals)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
