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
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** The bundled libraries' packages as class files name them. */
    static final List<String> UNRELOCATED = List.of("tools/jackson/", "com/fasterxml/jackson/", "com/networknt/",
            "com/ethlo/", "org/snakeyaml/");

    /** The adapters of the application's own mappers name its Jackson: that is their point. */
    static final Map<String, String> ALLOWED_REFERENCES = Map.of(
            "dev/eventtestkit/event/Jackson2Codec", "com/fasterxml/jackson/",
            "dev/eventtestkit/event/Jackson3Codec", "tools/jackson/");

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

    /**
     * Core's classes name the JSON libraries only by their relocated names: a class naming {@code tools.jackson}
     * itself would compile (Jackson3Codec puts the application's Jackson 3 on core's compile path) and pass
     * core's tests, then fail with {@code NoClassDefFoundError} in an application that has no Jackson 3.
     */
    @Test
    void noClassOfCoreNamesAJsonLibraryByItsOwnName() throws Exception {
        Map<String, byte[]> classes = classFiles(Json.class);
        assertThat(namesUnrelocated(classes.get("dev/eventtestkit/event/Jackson3Codec"), "tools/jackson/"))
                .as("the check sees the one class that names the application's Jackson 3").isTrue();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> type : classes.entrySet()) {
            String allowed = ALLOWED_REFERENCES.getOrDefault(type.getKey().split("\\$")[0], "none");
            for (String library : UNRELOCATED) {
                if (!library.equals(allowed) && namesUnrelocated(type.getValue(), library)) {
                    found.add(type.getKey() + " names " + library.replace('/', '.'));
                }
            }
        }

        assertThat(found).as("core classes naming a bundled library by its unrelocated name").isEmpty();
    }

    @Test
    void theReferenceCheckTellsRelocatedNamesFromOwnOnes() {
        byte[] relocated = "Ldev/eventtestkit/internal/shaded/tools/jackson/databind/JsonNode;".getBytes(StandardCharsets.UTF_8);
        byte[] own = "Ltools/jackson/databind/JsonNode;".getBytes(StandardCharsets.UTF_8);

        assertThat(namesUnrelocated(relocated, "tools/jackson/")).isFalse();
        assertThat(namesUnrelocated(own, "tools/jackson/")).isTrue();
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

    /** @return whether the class file names the library's package other than under the relocation prefix */
    static boolean namesUnrelocated(byte[] classFile, String library) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        for (int at = text.indexOf(library); at >= 0; at = text.indexOf(library, at + 1)) {
            if (!text.startsWith("dev/eventtestkit/internal/shaded/", at - "dev/eventtestkit/internal/shaded/".length())) {
                return true;
            }
        }
        return false;
    }

    /** @return core's class files (top-level and nested) by internal name, e.g. {@code dev/eventtestkit/event/Json} */
    static Map<String, byte[]> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(location)) {
            readClassFiles(location, files);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                readClassFiles(jar.getPath("/"), files);
            }
        }
        return files;
    }

    private static void readClassFiles(Path root, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("dev/eventtestkit/") && !name.startsWith("dev/eventtestkit/internal/shaded/")) {
                    String type = name.substring(0, name.length() - ".class".length());
                    files.put(type, Files.readAllBytes(file));
                }
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
