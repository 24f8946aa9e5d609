package dev.eventtestkit.examples.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The repository's root, found from any module's working directory, for the doc examples that read files. */
final class RepositoryRoot {

    private RepositoryRoot() {}

    /**
     * @return the first directory, walking up from the working directory, that holds README.md and docs/
     * @throws IllegalStateException when there is none
     */
    static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (@Nullable Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory holding README.md and docs/ in " + start + " or above it");
    }

    /** @return the example domain's contracts root, the path the docs call {@code Path.of("schemas")} */
    static Path schemas() {
        return find().resolve("schemas");
    }
}
