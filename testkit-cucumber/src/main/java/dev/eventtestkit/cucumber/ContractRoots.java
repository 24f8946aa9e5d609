package dev.eventtestkit.cucumber;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a contracts root: a folder relative to the working directory, else a folder on the classpath. */
final class ContractRoots {

    private ContractRoots() {}

    /** @return the folder; when neither exists, the path as given, so that loading names it as missing */
    static Path resolve(String root) {
        Path path = Path.of(root);
        if (Files.isDirectory(path)) {
            return path;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL resource = (loader != null ? loader : ContractRoots.class.getClassLoader()).getResource(root);
        if (resource != null && "file".equals(resource.getProtocol())) {
            try {
                return relativeToWorkingDirectory(Path.of(resource.toURI()));
            } catch (URISyntaxException e) {
                return path;
            }
        }
        return path;
    }

    /** Failure messages name schema files as the root is given: short and the same on every machine. */
    private static Path relativeToWorkingDirectory(Path folder) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return folder.startsWith(workingDirectory) ? workingDirectory.relativize(folder) : folder;
    }
}
