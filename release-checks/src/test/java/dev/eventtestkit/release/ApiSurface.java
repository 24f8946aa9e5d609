package dev.eventtestkit.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The types a module's users can name, read from its class files without loading them: public top-level types,
 * and public member types of those (which take their enclosing type's status unless they declare their own, as
 * apiguardian defines it for members).
 */
final class ApiSurface {

    private static final String API = "Lorg/apiguardian/api/API;";
    /** Where testkit-json-internal relocates Jackson and json-schema-validator: not the kit's own types. */
    static final String RELOCATED = "dev/eventtestkit/internal/shaded/";

    /** One public type and the status it declares ({@code null}: none). */
    record PublicType(String module, String name, String status, String declaredBy) {

        boolean hasStatus() {
            return status != null;
        }

        String packageName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        }
    }

    private record ClassFile(String name, int access, String outer, boolean member, String status) {
    }

    private ApiSurface() {
    }

    static List<PublicType> of(String module, Path classesOrJar) {
        Map<String, ClassFile> classes = new HashMap<>();
        try {
            if (Files.isDirectory(classesOrJar)) {
                read(classesOrJar, classes);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + classesOrJar.toUri()),
                        Map.of())) {
                    read(jar.getPath("/"), classes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PublicType> types = new ArrayList<>();
        for (ClassFile file : classes.values()) {
            if (file.name().startsWith(RELOCATED)) {
                continue; // third-party code the kit relocated for its own use (testkit-json-internal)
            }
            visible(file, classes).ifPresent(declaredBy -> types.add(new PublicType(module,
                    file.name().replace('/', '.').replace('$', '.'), declaredBy.status(),
                    declaredBy.name().replace('/', '.').replace('$', '.'))));
        }
        types.sort((a, b) -> a.name().compareTo(b.name()));
        return types;
    }

    /** The class file whose status this type carries, when the type is visible to users at all. */
    private static Optional<ClassFile> visible(ClassFile file, Map<String, ClassFile> classes) {
        if ((file.access() & Opcodes.ACC_PUBLIC) == 0 || (file.access() & Opcodes.ACC_SYNTHETIC) != 0) {
            return Optional.empty();
        }
        if (file.outer() == null) {
            return file.member() ? Optional.empty() : Optional.of(file); // local and anonymous classes
        }
        ClassFile outer = classes.get(file.outer());
        if (outer == null) {
            return Optional.empty();
        }
        Optional<ClassFile> enclosing = visible(outer, classes);
        if (enclosing.isEmpty()) {
            return Optional.empty();
        }
        return file.status() != null ? Optional.of(file) : enclosing;
    }

    private static void read(Path root, Map<String, ClassFile> classes) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                String fileName = String.valueOf(path.getFileName());
                if (!fileName.endsWith(".class") || fileName.equals("module-info.class")
                        || fileName.equals("package-info.class") || path.toString().contains("META-INF")) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(path)) {
                    ClassFile file = read(new ClassReader(in));
                    classes.put(file.name(), file);
                }
            }
        }
    }

    private static ClassFile read(ClassReader reader) {
        String[] status = new String[1];
        int[] access = {reader.getAccess()};
        String[] outer = new String[1];
        boolean[] member = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                if (!API.equals(descriptor)) {
                    return null;
                }
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitEnum(String name, String enumDescriptor, String value) {
                        if ("status".equals(name)) {
                            status[0] = value;
                        }
                    }
                };
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int innerAccess) {
                if (name.equals(reader.getClassName())) {
                    member[0] = true;
                    outer[0] = outerName;
                    access[0] = innerAccess;
                }
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassFile(reader.getClassName(), access[0], outer[0], member[0], status[0]);
    }
}
