package dev.eventtestkit.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** A released contracts jar named {@code groupId:artifactId:version}: resolved by Maven, its {@code schemas/} unpacked. */
record ReleasedArtifact(String groupId, String artifactId, String version) {

    static final String FOLDER = "schemas/";
    private static final Pattern COORDINATES = Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");

    static boolean isCoordinates(String value) {
        return COORDINATES.matcher(value).matches();
    }

    static ReleasedArtifact parse(String value) {
        String[] parts = value.split(":");
        return new ReleasedArtifact(parts[0], parts[1], parts[2]);
    }

    String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    File resolve(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories)
            throws MojoFailureException {
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(groupId, artifactId, "jar", version),
                repositories, null);
        try {
            return system.resolveArtifact(session, request).getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("against: cannot resolve " + coordinates() + " (a jar with a schemas/ "
                    + "folder at its root) from the build's repositories: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * @return the unpacked {@code schemas} folder, under {@code parent/groupId/artifactId/version}, replaced on each run
     */
    Path unpackSchemas(Path jar, Path parent) throws MojoFailureException {
        Path target = parent.resolve(groupId).resolve(artifactId).resolve(version).resolve("schemas");
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            int files = 0;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.getName().startsWith(FOLDER) || entry.isDirectory()) {
                        continue;
                    }
                    Path file = target.resolve(entry.getName().substring(FOLDER.length())).normalize();
                    if (!file.startsWith(target)) {
                        throw new MojoFailureException(jar + ": entry " + entry.getName() + " leaves the schemas folder");
                    }
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    files++;
                }
            }
            if (files == 0) {
                throw new MojoFailureException(jar + ": " + coordinates() + " has no schemas/ folder at its root; "
                        + "expected a jar of contracts in the layout schemas/<Subject>/v<N>.json");
            }
            return target;
        } catch (ZipException e) {
            throw new MojoFailureException(jar + ": cannot read " + coordinates() + " as a jar: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoFailureException(jar + ": cannot unpack " + coordinates() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
