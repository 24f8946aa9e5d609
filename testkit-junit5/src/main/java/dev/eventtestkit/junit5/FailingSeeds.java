package dev.eventtestkit.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The seeds an {@link Interleavings} method failed with, one file per method under
 * {@code target/eventtestkit/failing-seeds} (the configuration parameter {@code eventtestkit.failingSeeds.dir}
 * moves it; {@code none} turns it off), tried first on the next run, as jqwik does; a remembered seed that passes
 * is forgotten.
 */
final class FailingSeeds {

    static final String DIR = "eventtestkit.failingSeeds.dir";

    private final @Nullable Path file;

    private FailingSeeds(@Nullable Path file) {
        this.file = file;
    }

    static FailingSeeds of(ExtensionContext context) {
        String dir = context.getConfigurationParameter(DIR).orElse("target/eventtestkit/failing-seeds").trim();
        if (dir.equals("none")) {
            return new FailingSeeds(null);
        }
        Method method = context.getRequiredTestMethod();
        return new FailingSeeds(Path.of(dir).resolve(method.getDeclaringClass().getName() + "." + method.getName()));
    }

    /** @return the remembered seeds, oldest first; none when the file is missing or unreadable as seeds */
    synchronized List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return seeds;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    seeds.add(Long.parseLong(line.trim()));
                } catch (NumberFormatException notASeed) {
                    // a hand-edited line: ignore it rather than fail the test
                }
            }
        } catch (IOException e) {
            return seeds;
        }
        return seeds;
    }

    synchronized void remember(long seed) {
        Set<Long> seeds = new LinkedHashSet<>(seeds());
        seeds.add(seed);
        write(seeds);
    }

    synchronized void forget(long seed) {
        Set<Long> seeds = new LinkedHashSet<>(seeds());
        if (seeds.remove(seed)) {
            write(seeds);
        }
    }

    private void write(Set<Long> seeds) {
        if (file == null) {
            return;
        }
        try {
            if (seeds.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Path dir = file.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            List<String> lines = new ArrayList<>();
            for (long seed : seeds) {
                lines.add(Long.toString(seed));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failing seeds of " + file, e);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(file);
    }
}
