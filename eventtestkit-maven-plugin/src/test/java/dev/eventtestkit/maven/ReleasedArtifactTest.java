package dev.eventtestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released contracts jar named by {@code against}: what is unpacked, and the one-line failures. */
class ReleasedArtifactTest {

    private static final ReleasedArtifact RELEASE = ReleasedArtifact.parse("com.acme:orders-contracts:1.4.0");

    @TempDir
    Path dir;

    @Test
    void tellsCoordinatesFromFolders() {
        assertThat(ReleasedArtifact.isCoordinates("com.acme:orders-contracts:1.4.0")).isTrue();
        assertThat(ReleasedArtifact.isCoordinates("../released/schemas")).isFalse();
        assertThat(ReleasedArtifact.isCoordinates("C:\\released")).isFalse();
        assertThat(ReleasedArtifact.isCoordinates("com.acme:orders-contracts")).isFalse();
    }

    @Test
    void unpacksOnlyTheSchemasFolderAndReplacesAnEarlierRun() throws Exception {
        Path jar = jar("a.jar", "schemas/orders/OrderCreated/v1.json", "{}", "META-INF/MANIFEST.MF", "x");
        Path parent = dir.resolve("against");
        Files.createDirectories(parent.resolve("com.acme/orders-contracts/1.4.0/schemas/stale"));

        Path schemas = RELEASE.unpackSchemas(jar, parent);

        assertThat(schemas).isEqualTo(parent.resolve("com.acme/orders-contracts/1.4.0/schemas"));
        assertThat(schemas.resolve("orders/OrderCreated/v1.json")).hasContent("{}");
        assertThat(schemas.resolve("stale")).doesNotExist();
    }

    @Test
    void aJarWithoutSchemasFailsInOneLine() throws Exception {
        Path jar = jar("b.jar", "com/acme/Orders.class", "x");

        assertThatThrownBy(() -> RELEASE.unpackSchemas(jar, dir.resolve("against")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage(jar + ": com.acme:orders-contracts:1.4.0 has no schemas/ folder at its root; expected a jar "
                        + "of contracts in the layout schemas/<Subject>/v<N>.json");
    }

    @Test
    void anUnreadableArtifactFailsInOneLine() throws Exception {
        Path jar = Files.writeString(dir.resolve("c.jar"), "not a zip");

        assertThatThrownBy(() -> RELEASE.unpackSchemas(jar, dir.resolve("against")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(jar + ": cannot read com.acme:orders-contracts:1.4.0 as a jar: ");
    }

    @Test
    void anEntryLeavingTheFolderIsRefused() throws Exception {
        Path jar = jar("d.jar", "schemas/../../evil.json", "{}");

        assertThatThrownBy(() -> RELEASE.unpackSchemas(jar, dir.resolve("against")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage(jar + ": entry schemas/../../evil.json leaves the schemas folder");
    }

    private Path jar(String name, String... entriesAndTexts) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entriesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entriesAndTexts[i]));
                zip.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
