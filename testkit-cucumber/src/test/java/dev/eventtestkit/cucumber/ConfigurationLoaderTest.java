package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.cucumber.shop.ShopConfiguration;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {

    private static final String SERVICES = "META-INF/services/" + EventTestkitConfiguration.class.getName();

    @TempDir
    Path folder;

    @Test
    void makesANewInstanceOfTheNamedClassForEveryScenario() throws IOException {
        ClassLoader loader = loader(Map.of(Settings.CONFIGURATION, ShopConfiguration.class.getName()), List.of());

        EventTestkitConfiguration first = ConfigurationLoader.load(new Settings(loader), loader);
        EventTestkitConfiguration second = ConfigurationLoader.load(new Settings(loader), loader);

        assertThat(first).isInstanceOf(ShopConfiguration.class);
        assertThat(second).isInstanceOf(ShopConfiguration.class).isNotSameAs(first);
    }

    @Test
    void namesAClassThatIsNotOnTheClasspath() throws IOException {
        ClassLoader loader = loader(Map.of(Settings.CONFIGURATION, "com.acme.Missing"), List.of());

        assertThatThrownBy(() -> ConfigurationLoader.load(new Settings(loader), loader))
                .hasMessage("eventtestkit.cucumber.configuration=com.acme.Missing: no such class on the classpath");
    }

    @Test
    void namesAClassThatDoesNotImplementTheInterface() throws IOException {
        ClassLoader loader = loader(Map.of(Settings.CONFIGURATION, String.class.getName()), List.of());

        assertThatThrownBy(() -> ConfigurationLoader.load(new Settings(loader), loader))
                .hasMessage("eventtestkit.cucumber.configuration=java.lang.String: the class does not implement"
                        + " dev.eventtestkit.cucumber.EventTestkitConfiguration");
    }

    @Test
    void asksForAPublicNoArgumentConstructor() throws IOException {
        ClassLoader loader = loader(Map.of(Settings.CONFIGURATION, NeedsArgument.class.getName()), List.of());

        assertThatThrownBy(() -> ConfigurationLoader.load(new Settings(loader), loader))
                .hasMessage("eventtestkit.cucumber.configuration=" + NeedsArgument.class.getName()
                        + ": the class needs a public no-argument constructor");
    }

    @Test
    void usesTheOneConfigurationServiceLoaderFinds() throws IOException {
        ClassLoader loader = loader(Map.of(), List.of(ShopConfiguration.class.getName()));

        assertThat(ConfigurationLoader.load(new Settings(loader), loader)).isInstanceOf(ShopConfiguration.class);
    }

    @Test
    void refusesToChooseAmongSeveralServiceLoaderConfigurations() throws IOException {
        ClassLoader loader = loader(Map.of(), List.of(ShopConfiguration.class.getName(), Other.class.getName()));

        assertThatThrownBy(() -> ConfigurationLoader.load(new Settings(loader), loader))
                .hasMessage("found 2 EventTestkit configurations through ServiceLoader ("
                        + ShopConfiguration.class.getName() + ", " + Other.class.getName()
                        + "): choose one with eventtestkit.cucumber.configuration");
    }

    @Test
    void explainsBothWaysWhenThereIsNoConfiguration() throws IOException {
        ClassLoader loader = loader(Map.of(), List.of());

        assertThatThrownBy(() -> ConfigurationLoader.load(new Settings(loader), loader))
                .hasMessage("no EventTestkit configuration found: set eventtestkit.cucumber.configuration=<your class"
                        + " implementing dev.eventtestkit.cucumber.EventTestkitConfiguration> in"
                        + " junit-platform.properties, cucumber.properties or as a system property, or list the class"
                        + " in META-INF/services/dev.eventtestkit.cucumber.EventTestkitConfiguration");
    }

    @Test
    void readsTheSeedAndRejectsOneThatIsNotANumber() throws IOException {
        assertThat(new Settings(loader(Map.of(Settings.SEED, "42"), List.of())).seed()).isEqualTo(42L);
        assertThat(new Settings(loader(Map.of(), List.of())).seed()).isZero();

        Settings wrong = new Settings(loader(Map.of(Settings.SEED, "forty-two"), List.of()));
        assertThatThrownBy(wrong::seed)
                .hasMessage("eventtestkit.cucumber.seed must be a whole number (a long), was \"forty-two\"");
    }

    /** The test class path, but with its own junit-platform.properties and service file in place of ours. */
    private ClassLoader loader(Map<String, String> properties, List<String> services) throws IOException {
        Path propertiesFile = folder.resolve("junit-platform.properties");
        List<String> lines = new ArrayList<>();
        properties.forEach((key, value) -> lines.add(key + "=" + value));
        Files.write(propertiesFile, lines);
        Path servicesFile = folder.resolve("services.txt");
        Files.write(servicesFile, services);
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                if (name.equals("junit-platform.properties")) {
                    return url(propertiesFile);
                }
                return name.equals("cucumber.properties") ? null : super.getResource(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.equals(SERVICES)) {
                    return Collections.enumeration(services.isEmpty() ? List.of() : List.of(url(servicesFile)));
                }
                return super.getResources(name);
            }
        };
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class NeedsArgument implements EventTestkitConfiguration {
        public NeedsArgument(String argument) {}

        @Override
        public void configure(EventTestkitSetup setup) {}
    }

    public static final class Other implements EventTestkitConfiguration {
        @Override
        public void configure(EventTestkitSetup setup) {}
    }
}
