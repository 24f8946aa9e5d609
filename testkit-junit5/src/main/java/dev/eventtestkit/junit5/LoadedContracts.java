package dev.eventtestkit.junit5;

import dev.eventtestkit.contract.EventContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contracts loaded during one run, one {@link EventContracts} per folder, kept in the root context's store
 * so every test class shares them and their coverage; closing it (JUnit closes the root store at the end of
 * the run) writes the coverage report.
 */
final class LoadedContracts implements AutoCloseable {

    static final String COVERAGE_DIR = "eventtestkit.coverage.dir";
    private static final String DEFAULT_COVERAGE_DIR = "target/eventtestkit";

    private final Map<Path, EventContracts> byFolder = new LinkedHashMap<>();
    private final Path coverageDir;

    private LoadedContracts(Path coverageDir) {
        this.coverageDir = coverageDir;
    }

    /** @return the run's registry, created in the root store on first use */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: on JUnit 5.14 and 6.x alike (6 prefers computeIfAbsent)
    static LoadedContracts of(ExtensionContext context) {
        return context.getRoot().getStore(EventTestExtension.NAMESPACE).getOrComputeIfAbsent(LoadedContracts.class,
                key -> new LoadedContracts(Path.of(
                        context.getConfigurationParameter(COVERAGE_DIR).orElse(DEFAULT_COVERAGE_DIR))),
                LoadedContracts.class);
    }

    /**
     * @param schemas the folder as {@code @EventTest(schemas)} names it
     * @return its contracts, loaded on first use
     * @throws ExtensionConfigurationException when neither the working directory nor a folder above it holds
     *     the folder
     * @throws dev.eventtestkit.contract.ContractException when the folder does not load
     */
    synchronized EventContracts get(String schemas) {
        Path folder = locate(schemas);
        EventContracts contracts = byFolder.get(folder);
        if (contracts == null) {
            contracts = EventContracts.load(folder);
            byFolder.put(folder, contracts);
        }
        return contracts;
    }

    /** A relative folder is looked up in the working directory, then in each directory above it. */
    static Path locate(String schemas) {
        Path given = Path.of(schemas);
        if (given.isAbsolute()) {
            return given;
        }
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(given))) {
                return dir == workingDir ? given : workingDir.relativize(dir.resolve(given)).normalize();
            }
        }
        throw new ExtensionConfigurationException("@EventTest(schemas = \"" + schemas + "\"): no folder "
                + schemas + " in " + workingDir + " or in any folder above it");
    }

    @Override
    public synchronized void close() {
        if (!byFolder.isEmpty()) {
            CoverageReport.write(coverageDir, byFolder.values());
        }
    }
}
