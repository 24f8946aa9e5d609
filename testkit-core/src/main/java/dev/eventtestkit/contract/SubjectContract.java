package dev.eventtestkit.contract;

import java.nio.file.Path;
import java.util.List;

/** A subject folder: its versions (index 0 is v1), its examples, and how its {@code $ref}s to other files resolve. */
record SubjectContract(String name, Path dir, List<VersionedSchema> versions, List<ContractExample> examples,
        SchemaResolver resolver) {

    SubjectContract {
        versions = List.copyOf(versions);
        examples = List.copyOf(examples);
    }

    int latest() {
        return versions.size();
    }

    VersionedSchema version(int version) {
        if (version < 1 || version > versions.size()) {
            throw new ContractException(dir, name + " has no version " + version + "; versions: "
                    + String.join(", ", versions.stream().map(v -> "v" + v.version()).toList()));
        }
        return versions.get(version - 1);
    }
}
