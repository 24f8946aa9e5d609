package dev.eventtestkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.Json;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No type of the JSON libraries the kit bundles appears in a public signature of core: users compile against
 * {@link Json}, never against Jackson or the schema validator (which they may have in another version, or
 * which the kit's jar holds under another package name).
 */
class PublicSignaturesTest {

    /** Packages of the bundled libraries, under their own names and the kit's relocated ones. */
    static final List<String> BUNDLED = List.of("tools.jackson.", "com.fasterxml.jackson.", "com.networknt.",
            "com.ethlo.", "org.snakeyaml.", "dev.eventtestkit.internal.shaded.");

    /** The user-mapper adapters take the application's own, unbundled mapper: that is their point. */
    static final Map<String, String> ALLOWED = Map.of(
            "dev.eventtestkit.event.Jackson2Codec", "com.fasterxml.jackson.databind.ObjectMapper",
            "dev.eventtestkit.event.Jackson3Codec", "tools.jackson.databind.json.JsonMapper");

    /** Core's bridge to its own Jackson, which other modules cannot compile against. */
    static final String BRIDGE = "dev.eventtestkit.internal.jackson.";

    @Test
    void noBundledTypeAppearsInAPublicSignatureOfCore() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> type : publicClasses(Json.class)) {
            if (!type.getName().startsWith(BRIDGE)) {
                found.addAll(bundledTypesIn(type));
            }
        }

        assertThat(found).as("public signatures naming a bundled library's type").isEmpty();
    }

    @Test
    void theCheckFindsABundledTypeInASignature() {
        assertThat(bundledTypesIn(dev.eventtestkit.internal.jackson.JacksonJson.class))
                .contains("dev.eventtestkit.internal.jackson.JacksonJson.wrap(dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode)");
    }

    /** @return each public or protected member of the class naming a bundled type, as {@code Class.member(types)} */
    static List<String> bundledTypesIn(Class<?> type) {
        List<String> found = new ArrayList<>();
        check(found, type, type.getName() + " extends", type.getGenericSuperclass());
        for (Type implemented : type.getGenericInterfaces()) {
            check(found, type, type.getName() + " implements", implemented);
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers())) {
                check(found, type, type.getName() + "." + field.getName(), field.getGenericType());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers())) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    check(found, type, type.getName() + ".<init>(" + parameter.getTypeName() + ")", parameter);
                }
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic()) {
                List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                types.add(method.getGenericReturnType());
                types.addAll(List.of(method.getGenericExceptionTypes()));
                String name = type.getName() + "." + method.getName() + "("
                        + String.join(", ", Stream.of(method.getGenericParameterTypes()).map(Type::getTypeName).toList()) + ")";
                types.forEach(t -> check(found, type, name, t));
            }
        }
        return found.stream().distinct().toList();
    }

    private static void check(List<String> found, Class<?> owner, String where, Type type) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        for (String bundled : BUNDLED) {
            if (name.contains(bundled) && !name.equals(ALLOWED.get(owner.getName()))) {
                found.add(where);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** @return the public classes (top-level and nested, public all the way out) of the module holding the anchor */
    static List<Class<?>> publicClasses(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            names.addAll(classNames(location));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                names.addAll(classNames(jar.getPath("/")));
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, anchor.getClassLoader());
            if (isPublicAllTheWay(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(path -> path.endsWith(".class") && !path.endsWith("module-info.class")
                            && !path.endsWith("package-info.class") && !path.startsWith("META-INF"))
                    .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> name.startsWith("dev.eventtestkit.") && !name.startsWith("dev.eventtestkit.internal.shaded."))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getDeclaringClass()) {
            if (!Modifier.isPublic(current.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }
}
