package dev.eventtestkit.maven;

import java.nio.file.Path;

/** How the plugin names files: relative to the directory Maven runs in when they lie under it, as the CLI would. */
final class Paths {
    private Paths() {}

    /**
     * @param file an absolute file
     * @return the file relative to the working directory when under it (so report lines and SARIF read like the
     *     CLI's and resolve against the checkout), else as given
     */
    static Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute) : absolute;
    }
}
