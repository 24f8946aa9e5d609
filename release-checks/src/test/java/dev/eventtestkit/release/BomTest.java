package dev.eventtestkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.release.Reactor.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** testkit-bom names every module a release publishes, and nothing else. */
class BomTest {

    @Test
    void theBomListsEveryPublishedModule() {
        Set<String> published = new TreeSet<>();
        for (Module module : Reactor.modules()) {
            if (module.publishedJar()) {
                published.add(module.artifactId());
            }
        }
        List<String> inBom = PublishedModules.inBom();

        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String module : inBom) {
            if (!seen.add(module)) {
                problems.add(module + " is listed twice in testkit-bom/pom.xml");
            }
        }
        for (String module : published) {
            if (!inBom.contains(module)) {
                problems.add(module + " is deployed but missing from testkit-bom/pom.xml: add it there"
                        + " (or set maven.deploy.skip in its pom if users never depend on it)");
            }
        }
        for (String module : inBom) {
            if (!published.contains(module)) {
                problems.add(module + " is in testkit-bom/pom.xml but no module of the build deploys it");
            }
        }
        assertThat(problems).as("testkit-bom/pom.xml against the modules the build deploys").isEmpty();
    }

    @Test
    void examplesAndBenchmarksAreNeverDeployed() {
        List<String> deployed = new ArrayList<>();
        for (Module module : Reactor.modules()) {
            String folder = String.valueOf(module.dir().getFileName());
            boolean notForUsers = folder.startsWith("examples") || module.dir().toString().contains("/examples")
                    || folder.contains("benchmarks") || folder.equals("release-checks");
            if (notForUsers && module.deployed()) {
                deployed.add(module.artifactId() + " (" + PublishedModules.ROOT.relativize(module.dir()) + ")");
            }
        }
        assertThat(deployed).as("example, benchmark and check modules without maven.deploy.skip = true")
                .isEmpty();
    }

    @Test
    void theReactorReadsAsMavenDoes() {
        // a test that could pass on an empty list would prove nothing: the reader must see the known modules
        assertThat(Reactor.modules()).extracting(Module::artifactId)
                .contains("eventtestkit-parent", "testkit-bom", "testkit-core", "testkit-examples", "examples-spring-orders-boot3");
        assertThat(Reactor.modules()).filteredOn(Module::publishedJar).extracting(Module::artifactId)
                .contains("testkit-core", "eventtestkit-maven-plugin").doesNotContain("testkit-examples",
                        "examples-spring-orders-boot3", "testkit-benchmarks", "testkit-bom", "eventtestkit-parent");
    }
}
