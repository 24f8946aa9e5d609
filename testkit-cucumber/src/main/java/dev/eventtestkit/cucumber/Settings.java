package dev.eventtestkit.cucumber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The configuration parameters the steps read: a system property first, then {@code junit-platform.properties},
 * then {@code cucumber.properties} on the classpath. Cucumber does not hand JUnit configuration parameters
 * to glue code, so the steps read the same files the platform reads.
 */
final class Settings {

    static final String CONFIGURATION = "eventtestkit.cucumber.configuration";
    static final String SEED = "eventtestkit.cucumber.seed";
    private static final String[] FILES = {"junit-platform.properties", "cucumber.properties"};

    private final ClassLoader loader;

    Settings(ClassLoader loader) {
        this.loader = loader;
    }

    @Nullable String get(String key) {
        String value = System.getProperty(key);
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        for (String file : FILES) {
            String fromFile = read(file).getProperty(key);
            if (fromFile != null && !fromFile.isBlank()) {
                return fromFile.trim();
            }
        }
        return null;
    }

    long seed() {
        String text = get(SEED);
        if (text == null) {
            return 0L;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED + " must be a whole number (a long), was \"" + text + "\"", e);
        }
    }

    private Properties read(String file) {
        Properties properties = new Properties();
        URL resource = loader.getResource(file);
        if (resource == null) {
            return properties;
        }
        try (InputStream in = resource.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return properties;
    }
}
