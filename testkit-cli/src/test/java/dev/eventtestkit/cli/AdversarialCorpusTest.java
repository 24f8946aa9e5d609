package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12's adversarial inputs, run through {@code testkit} as a user would: every case in
 * {@code src/test/resources/corpus/<case>/} holds its input files and a {@code case.txt} with the arguments, the
 * exit code and the one line it must print (see the corpus README). Beyond the pinned line, every case must end as
 * docs/troubleshooting.md says: 0 or 1 with nothing on standard error, 2 with exactly one line starting
 * {@code testkit: } and no stack trace, never 3 (a bug).
 *
 * <p>{@code -Dcorpus.record=true} writes the lines the cases print now into their {@code case.txt}, for a new case
 * (read each one before committing it).
 */
class AdversarialCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final boolean RECORD = Boolean.getBoolean("corpus.record");

    /** One case: its folder and what {@code case.txt} says. */
    record Case(Path folder, String args, int exit, List<String> setup, String stderr, String stdout) {

        static Case read(Path folder) {
            String args = "";
            int exit = -1;
            String stderr = "?";
            String stdout = "?";
            List<String> setup = new ArrayList<>();
            for (String line : lines(folder.resolve("case.txt"))) {
                String value = line.substring(line.indexOf(':') + 1);
                value = value.startsWith(" ") ? value.substring(1) : value; // the space after the key, nothing more
                if (line.startsWith("args:")) {
                    args = value;
                } else if (line.startsWith("exit:")) {
                    exit = Integer.parseInt(value);
                } else if (line.startsWith("setup:")) {
                    setup.add(unescape(value));
                } else if (line.startsWith("stderr:")) {
                    stderr = unescape(value);
                } else if (line.startsWith("stdout:")) {
                    stdout = unescape(value);
                }
            }
            return new Case(folder, args, exit, setup, stderr, stdout);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAsDocumented() throws IOException {
        List<Path> folders;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            folders = listed.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(Case.read(folder))));
    }

    @Test
    void theCorpusHoldsTheIssuesInputs() throws IOException {
        try (Stream<Path> listed = Files.list(CORPUS)) {
            assertThat(listed.filter(Files::isDirectory).count()).isGreaterThanOrEqualTo(230);
        }
    }

    private static void check(Case c) throws Exception {
        Path dir = CliRun.freshDir();
        Path input = c.folder().resolve("input");
        if (Files.isDirectory(input)) {
            copy(input, dir);
        }
        List<String> afterwards = new ArrayList<>();
        for (String step : c.setup()) {
            String[] words = step.split(" ", 3);
            switch (words[0]) {
                case "fifo" -> {
                    Files.createDirectories(dir.resolve(words[1]).getParent());
                    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve(words[1]).toString()).start();
                    assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
                }
                case "link" -> Files.createSymbolicLink(dir.resolve(words[1]), dir.resolve(words[2]).toAbsolutePath());
                case "big" -> Files.writeString(dir.resolve(words[1]),
                        "{\"description\": \"" + "a".repeat(Integer.parseInt(words[2]) - 19) + "\"}");
                case "write" -> CliRun.write(dir, words[1], words[2]);
                case "xml" -> afterwards.add(words[1]);
                default -> throw new IllegalArgumentException(c.folder() + ": unknown setup " + step);
            }
        }
        String[] args = c.args().isBlank() ? new String[0]
                : Arrays.stream(c.args().split(" ")).map(arg -> arg.replace("{dir}", dir.toString())).toArray(String[]::new);

        CliRun run = CliRun.of(args);

        String err = run.err().replace(dir.toAbsolutePath().toString(), "{dir}").replace(dir.toString(), "{dir}");
        String out = run.out().replace(dir.toAbsolutePath().toString(), "{dir}").replace(dir.toString(), "{dir}");
        String stderr = err.isEmpty() ? "" : err.lines().findFirst().orElse("");
        List<String> outLines = out.lines().toList();
        String stdout = outLines.isEmpty() ? "" : outLines.get(outLines.size() - 1);
        if (RECORD) {
            record(c, stderr, stdout);
        }
        assertThat(run.exitCode()).as("exit code; stderr: %s", err).isEqualTo(c.exit());
        if (c.exit() == ExitCodes.BAD_INPUT && List.of(args).contains("--debug")) {
            assertThat(err.lines().skip(1).findFirst()).as("the stack trace after the line").isPresent();
        } else if (c.exit() == ExitCodes.BAD_INPUT) {
            assertThat(err.lines().count()).as("one line on standard error: %s", err).isEqualTo(1);
            assertThat(stderr).startsWith("testkit: ").doesNotContain("\tat ");
        } else {
            assertThat(err).as("standard error").isEmpty();
        }
        assertThat(stderr).as("standard error").isEqualTo(c.stderr());
        assertThat(stdout).as("the last line of standard output").isEqualTo(c.stdout());
        for (String report : afterwards) {
            Path file = Path.of(report.replace("{dir}", dir.toString()));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()); // well-formed XML 1.0
        }
    }

    private static void record(Case c, String stderr, String stdout) {
        List<String> kept = new ArrayList<>(lines(c.folder().resolve("case.txt")).stream()
                .filter(line -> !line.startsWith("stderr:") && !line.startsWith("stdout:")).toList());
        kept.add("stderr: " + escape(stderr));
        kept.add("stdout: " + escape(stdout));
        try {
            Files.write(c.folder().resolve("case.txt"), kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Backslashes, control characters and U+FFFE/U+FFFF as {@code \\uXXXX}, so case.txt stays one line per key. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || c >= 0xfffe) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
