package dev.eventtestkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its exit code and output; writes contract trees under target/. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** A fresh directory under target/, as a relative path, the way a user types {@code schemas}. */
    static Path freshDir() {
        try {
            Path base = Path.of("target", "cli-tests");
            Files.createDirectories(base);
            return Path.of("").toAbsolutePath().relativize(Files.createTempDirectory(base.toAbsolutePath(), "run"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
