package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ({@code testkit-cli-<version>-all.jar}) keeps every bundled library's licence and notice files,
 * each under {@code META-INF/licenses/<artifactId>-<version>/}, and names every bundled library, with its licence, in
 * {@code META-INF/licenses/THIRD-PARTY.txt} (also those that ship no licence file). Runs in {@code package}, after
 * the shade plugin.
 */
class StandaloneJarTest {
    private static final Pattern LICENCE_FILE = Pattern.compile("META-INF/([^/]*-)?(LICEN[CS]E|NOTICE)[^/]*");

    @Test
    void keepsEveryBundledLibrarysLicenceAndNotice() throws IOException {
        String standaloneJar = System.getProperty("standalone.jar");
        Assumptions.assumeTrue(standaloneJar != null, "runs in the package phase (execution standalone-jar), after the "
                + "shade plugin made the jar");
        try (ZipFile jar = new ZipFile(standaloneJar)) {
            String thirdParty = text(jar, "META-INF/licenses/THIRD-PARTY.txt");
            List<String> problems = new ArrayList<>();
            int bundled = 0;
            for (String entry : System.getProperty("surefire.test.class.path", "").split(File.pathSeparator)) {
                Path library = Path.of(entry);
                if (!entry.endsWith(".jar") || !isBundled(library, jar)) {
                    continue;
                }
                bundled++;
                String artifactId = library.getParent().getParent().getFileName().toString();
                String folder = artifactId + "-" + library.getParent().getFileName();
                if (!thirdParty.contains(" " + artifactId + " ")) {
                    problems.add(artifactId + ": not named in THIRD-PARTY.txt");
                }
                try (ZipFile zip = new ZipFile(library.toFile())) {
                    for (String name : licenceFiles(zip)) {
                        String kept = "META-INF/licenses/" + folder + "/" + name;
                        if (jar.getEntry(kept) == null) {
                            problems.add(artifactId + ": " + name + " is not kept as " + kept);
                        } else if (!text(jar, kept).equals(text(zip, name))) {
                            problems.add(artifactId + ": " + kept + " differs from the library's " + name);
                        }
                    }
                }
            }
            assertThat(problems).isEmpty();
            assertThat(bundled).as("bundled libraries found on the class path").isGreaterThan(10);
            assertThat(jar.getEntry("org/apache/avro/SchemaCompatibility.class")).as("Avro is bundled").isNotNull();
        }
    }

    /** A library is bundled when the runnable jar holds its first class. */
    private static boolean isBundled(Path library, ZipFile jar) throws IOException {
        try (ZipFile zip = new ZipFile(library.toFile())) {
            Optional<String> firstClass = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class"))
                    .findFirst();
            // the kit's own modules are not third-party libraries
            return firstClass.isPresent() && !firstClass.get().startsWith("dev/eventtestkit/")
                    && jar.getEntry(firstClass.get()) != null;
        }
    }

    private static List<String> licenceFiles(ZipFile zip) {
        List<String> names = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (LICENCE_FILE.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String text(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(zip.getName() + " holds " + name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
