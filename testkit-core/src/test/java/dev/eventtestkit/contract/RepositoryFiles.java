package dev.eventtestkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/** Finds files of the repository (the docs) from the module's working directory. */
final class RepositoryFiles {
    private RepositoryFiles() {}

    /** Walks up from the working directory to the first folder holding {@code relative}. */
    static Path locate(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionFailedError("cannot find " + relative + " in " + dir + " or any folder above it");
    }

    static String read(String relative) {
        try {
            return Files.readString(locate(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
