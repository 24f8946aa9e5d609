package dev.eventtestkit.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** @return README.md and every docs/*.md page, in name order: the pages the docs tests read */
    static List<Path> docs() {
        Path root = find();
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** @return the file's text, an unreadable file failing the test */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the example domain's contracts root, the path the docs call {@code Path.of("schemas")} */
    static Path schemas() {
        return find().resolve("schemas");
    }
}
