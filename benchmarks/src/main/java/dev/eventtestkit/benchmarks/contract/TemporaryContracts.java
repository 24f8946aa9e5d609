package dev.eventtestkit.benchmarks.contract;

import dev.eventtestkit.contract.EventContracts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A contracts root of one subject with one version, written to a temporary folder for a benchmark's trial and
 * deleted after it: the one place the benchmarks that validate events make their contracts.
 */
public final class TemporaryContracts implements AutoCloseable {
    private final Path root;
    private final EventContracts contracts;

    private TemporaryContracts(Path root) {
        this.root = root;
        this.contracts = EventContracts.load(root);
    }

    /**
     * @param folder the subject's folder in the root, e.g. {@code orders/OrderPlaced}
     * @param schema the JSON Schema of its version 1
     * @return the loaded contracts, in a new temporary root
     */
    public static TemporaryContracts of(String folder, String schema) {
        try {
            Path root = Files.createTempDirectory("benchmark-contracts");
            Path subject = Files.createDirectories(root.resolve(folder));
            Files.writeString(subject.resolve("v1.json"), schema);
            return new TemporaryContracts(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the loaded contracts */
    public EventContracts contracts() {
        return contracts;
    }

    /** Deletes the temporary root. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
