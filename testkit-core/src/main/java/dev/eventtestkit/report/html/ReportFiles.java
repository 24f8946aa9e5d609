package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where failure reports go and what they are called: {@code target/eventtestkit-reports/<test>/<name>.html}
 * under the working directory (the module, under Maven), or under the directory the system property
 * {@value #DIRECTORY_PROPERTY} names. The one home of that rule and of the line a failure message prints.
 */
@API(status = INTERNAL)
public final class ReportFiles {

    /** The system property that moves the reports' directory. */
    public static final String DIRECTORY_PROPERTY = "eventtestkit.reports";
    /** The reports' directory when the property is not set, relative to the working directory. */
    public static final String DEFAULT_DIRECTORY = "target/eventtestkit-reports";

    private ReportFiles() {}

    /** @return the reports' directory */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : configured);
    }

    /**
     * @param test the test's name, e.g. {@code com.acme.OrdersTest.placesOrder}
     * @param name the file's name without extension, e.g. {@code seed-7}
     * @return {@code <directory>/<test>/<name>.html}, each part reduced to letters, digits, {@code . _ -}
     */
    public static Path file(String test, String name) {
        return directory().resolve(part(test)).resolve(part(name) + ".html");
    }

    /**
     * Writes a report and says where, for the failure message; never throws: a report that cannot be written
     * must not hide the test's own failure.
     *
     * @param what what the report is, e.g. {@code Schedule report}
     * @param file where the report goes
     * @param html the page
     * @return e.g. {@code Schedule report: /work/app/target/eventtestkit-reports/OrdersTest.places/seed-7.html},
     *     or {@code Schedule report not written to <file>: <reason>}
     */
    public static String write(String what, Path file, String html) {
        Objects.requireNonNull(html, "html");
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(absolute, html, StandardCharsets.UTF_8);
            return what + ": " + absolute;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return what + " not written to " + absolute + ": " + e;
        }
    }

    /**
     * Writes a page a user asked for ({@code toHtml(path)}), creating missing folders.
     *
     * @param file where the page goes
     * @param html the page
     * @return the file
     * @throws java.io.UncheckedIOException naming the file, when it cannot be written
     */
    public static Path writeOrThrow(Path file, String html) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("toHtml: cannot write " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    private static String part(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
        }
        String part = out.toString();
        return part.isEmpty() || part.chars().allMatch(c -> c == '.') ? "_" : part;
    }
}
