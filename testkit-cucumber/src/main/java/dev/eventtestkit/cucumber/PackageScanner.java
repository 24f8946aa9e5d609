package dev.eventtestkit.cucumber;

import dev.eventtestkit.event.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the {@code @EventType} classes of a package in directories and jars of a class loader. */
final class PackageScanner {

    private PackageScanner() {}

    static Set<Class<?>> eventTypes(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                names.addAll(classNames(roots.nextElement(), folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan package " + packageName + ": " + e.getMessage(), e);
        }
        Set<Class<?>> found = new LinkedHashSet<>();
        for (String name : names) {
            Class<?> type = load(name, loader);
            if (type.isAnnotationPresent(EventType.class)) {
                found.add(type);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no class annotated with @EventType in package " + packageName
                    + " or its subpackages on the classpath");
        }
        return found;
    }

    private static List<String> classNames(URL root, String folder) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(folder + "/") && name.endsWith(".class"))
                        .map(PackageScanner::className).toList();
            }
        }
        Path directory;
        try {
            directory = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return List.of();
        }
        Path base = directory;
        for (int i = folder.split("/").length; i > 0; i--) {
            base = base.getParent();
        }
        Path classesRoot = base;
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(classesRoot.relativize(file).toString().replace('\\', '/')))
                    .toList();
        }
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("cannot load " + name + " while scanning for @EventType: " + e, e);
        }
    }
}
