package dev.eventtestkit.contract;

import java.nio.file.Path;

/**
 * Whether Avro contracts can be read: Apache Avro is an optional dependency of the kit, on the class path only
 * of builds that use {@code .avsc} subjects. Nothing here touches an Avro class.
 */
final class AvroFormat {
    static final String EXTENSION = ".avsc";
    private static final boolean AVAILABLE = detect();

    private AvroFormat() {}

    private static boolean detect() {
        try {
            Class.forName("org.apache.avro.SchemaCompatibility", false, AvroFormat.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @throws ContractException naming the file when Avro is not on the class path */
    static void require(Path file) {
        if (!AVAILABLE) {
            throw new ContractException(file, "an Avro schema, but Apache Avro is not on the class path; add "
                    + "org.apache.avro:avro 1.12 to the build (docs/avro.md)");
        }
    }
}
