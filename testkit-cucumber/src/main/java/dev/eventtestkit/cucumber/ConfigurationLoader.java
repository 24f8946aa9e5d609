package dev.eventtestkit.cucumber;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the project's {@link EventTestkitConfiguration} and makes a new instance of it for a scenario. */
final class ConfigurationLoader {

    private static final String HOW = "set " + Settings.CONFIGURATION + "=<your class implementing "
            + EventTestkitConfiguration.class.getName() + "> in junit-platform.properties, cucumber.properties"
            + " or as a system property, or list the class in META-INF/services/"
            + EventTestkitConfiguration.class.getName();

    private ConfigurationLoader() {}

    static EventTestkitConfiguration load(Settings settings, ClassLoader loader) {
        String named = settings.get(Settings.CONFIGURATION);
        if (named != null) {
            return instantiate(named, loader);
        }
        List<EventTestkitConfiguration> found = new ArrayList<>();
        ServiceLoader.load(EventTestkitConfiguration.class, loader).forEach(found::add);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no EventTestkit configuration found: " + HOW);
        }
        List<String> names = found.stream().map(c -> c.getClass().getName()).toList();
        throw new IllegalStateException("found " + found.size() + " EventTestkit configurations through ServiceLoader ("
                + String.join(", ", names) + "): choose one with " + Settings.CONFIGURATION);
    }

    private static EventTestkitConfiguration instantiate(String name, ClassLoader loader) {
        String origin = Settings.CONFIGURATION + "=" + name;
        Class<?> type;
        try {
            type = Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(origin + ": no such class on the classpath", e);
        }
        if (!EventTestkitConfiguration.class.isAssignableFrom(type)) {
            throw new IllegalStateException(origin + ": the class does not implement "
                    + EventTestkitConfiguration.class.getName());
        }
        try {
            return (EventTestkitConfiguration) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException(origin + ": the class needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(origin + ": the constructor threw " + e.getCause(), e.getCause());
        }
    }
}
