package dev.eventtestkit.report.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/** The kit's version, as Maven wrote it at build time: SARIF's tool version, {@code testkit --version}. */
@API(status = API.Status.INTERNAL)
public final class KitVersion {
    private static final String VERSION = read();

    private KitVersion() {}

    /** @return e.g. {@code 0.1.0}; {@code unknown} when run from classes Maven did not build */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = KitVersion.class.getResourceAsStream("eventtestkit.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
