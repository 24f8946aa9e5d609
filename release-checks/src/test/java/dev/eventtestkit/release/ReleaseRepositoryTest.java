package dev.eventtestkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.release.Reactor.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Element;

/**
 * What {@code mvn -Prelease deploy} put into a folder repository: for every module the BOM lists, its pom, jar,
 * sources and Javadoc, each jar naming its module; the parent and the BOM with the licence, home, SCM and
 * developers a central repository asks for; nothing that users never depend on. .ci/run deploys to
 * {@code target/release-repo} and runs this test in the same build, after the last module is deployed.
 */
@EnabledIfSystemProperty(named = ReleaseRepositoryTest.REPO, matches = ".+")
class ReleaseRepositoryTest {

    static final String REPO = "eventtestkit.release.repo";

    private static final String GROUP = "dev/eventtestkit/";

    private static final Map<String, String> MODULE_NAMES = Map.ofEntries(
            Map.entry("testkit-json-internal", "dev.eventtestkit.internal.shaded"),
            Map.entry("testkit-core", "dev.eventtestkit.core"),
            Map.entry("testkit-kafka", "dev.eventtestkit.kafka"),
            Map.entry("testkit-rabbitmq", "dev.eventtestkit.rabbitmq"),
            Map.entry("testkit-cli", "dev.eventtestkit.cli"),
            Map.entry("eventtestkit-maven-plugin", "dev.eventtestkit.maven"),
            Map.entry("testkit-junit5", "dev.eventtestkit.junit5"),
            Map.entry("testkit-cucumber", "dev.eventtestkit.cucumber"),
            Map.entry("testkit-spring", "dev.eventtestkit.spring"),
            Map.entry("testkit-store-tck", "dev.eventtestkit.store.tck"),
            Map.entry("testkit-store-jdbc", "dev.eventtestkit.store.jdbc"));

    private final Path repo = Path.of(System.getProperty(REPO));

    /**
     * Modules with no source of their own: testkit-json-internal is relocated third-party code (Jackson,
     * json-schema-validator) with their licences, so it has no sources or Javadoc jar to publish.
     */
    private static final Set<String> NO_SOURCES_OF_THEIR_OWN = Set.of("testkit-json-internal");

    @Test
    void everyPublishedModuleHasItsPomJarSourcesAndJavadoc() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : PublishedModules.inBom()) {
            List<String> suffixes = NO_SOURCES_OF_THEIR_OWN.contains(module) ? List.of(".pom", ".jar")
                    : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar");
            for (String suffix : suffixes) {
                if (latest(module, suffix) == null) {
                    missing.add(module + ": no " + module + "-<version>" + suffix);
                }
            }
        }
        for (String pomOnly : List.of("eventtestkit-parent", "testkit-bom")) {
            if (latest(pomOnly, ".pom") == null) {
                missing.add(pomOnly + ": no pom");
            }
        }
        assertThat(missing).as("artifacts missing from " + repo).isEmpty();
    }

    @Test
    void nothingUsersNeverDependOnIsDeployed() throws IOException {
        List<String> expected = new ArrayList<>(PublishedModules.inBom());
        expected.add("eventtestkit-parent");
        expected.add("testkit-bom");
        List<String> deployed;
        try (Stream<Path> folders = Files.list(repo.resolve(GROUP))) {
            deployed = folders.map(folder -> String.valueOf(folder.getFileName())).sorted().toList();
        }
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(expected);
        // and the reactor agrees about which modules those are
        assertThat(Reactor.modules()).filteredOn(Module::deployed).extracting(Module::artifactId)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyJarNamesItsModule() throws IOException {
        assertThat(MODULE_NAMES.keySet()).containsExactlyInAnyOrderElementsOf(PublishedModules.inBom().stream()
                .filter(module -> !module.equals("testkit-bom")).toList());
        Map<String, String> names = new HashMap<>();
        for (String module : MODULE_NAMES.keySet()) {
            try (JarFile jar = new JarFile(latest(module, ".jar").toFile())) {
                names.put(module, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
            }
        }
        assertThat(names).isEqualTo(MODULE_NAMES);
    }

    @Test
    void theParentAndTheBomCarryTheMetadataOfARelease() {
        for (String pomOnly : List.of("eventtestkit-parent", "testkit-bom")) {
            Element project = PublishedModules.xml(latest(pomOnly, ".pom")).getDocumentElement();
            assertThat(PublishedModules.text(project, "url")).as(pomOnly + " url")
                    .startsWith("https://");
            Element license = (Element) project.getElementsByTagName("license").item(0);
            assertThat(license).as(pomOnly + " licenses").isNotNull();
            assertThat(PublishedModules.text(license, "name")).isEqualTo("Apache-2.0");
            assertThat(PublishedModules.text(license, "url"))
                    .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
            Element scm = (Element) project.getElementsByTagName("scm").item(0);
            assertThat(scm).as(pomOnly + " scm").isNotNull();
            assertThat(PublishedModules.text(scm, "connection")).startsWith("scm:git:");
            assertThat(project.getElementsByTagName("developer").getLength()).as(pomOnly + " developers")
                    .isPositive();
        }
    }

    @Test
    void theLicenceIsApache2() throws IOException {
        String licence = Files.readString(PublishedModules.ROOT.resolve("LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
        assertThat(PublishedModules.ROOT.resolve("NOTICE")).isRegularFile();
    }

    /** The newest deployed file of an artifact with this suffix (a snapshot has one per deploy). */
    private Path latest(String artifactId, String suffix) {
        Path folder = repo.resolve(GROUP + artifactId);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> {
                String name = String.valueOf(file.getFileName());
                String rest = name.substring(Math.min(name.length(), artifactId.length() + 1));
                return name.startsWith(artifactId + "-") && name.endsWith(suffix)
                        && (suffix.startsWith("-") || !rest.matches(".*-(sources|javadoc|all)\\.jar"));
            }).max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
