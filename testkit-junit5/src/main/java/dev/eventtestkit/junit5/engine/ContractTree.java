package dev.eventtestkit.junit5.engine;

import dev.eventtestkit.contract.SchemaLines;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * The nodes of one root's tree, with their unique ids ({@code [root:...]/[subject:...]/[version:v2]/[check:...]}),
 * display names and sources, so that the checks of a loaded root and of one that failed to load look alike.
 */
final class ContractTree {

    private final Path root;
    private final UniqueId rootId;
    private final ContractNode rootNode;

    ContractTree(UniqueId engineId, Path root) {
        this.root = root;
        this.rootId = engineId.append("root", root.toString());
        this.rootNode = ContractNode.container(rootId, root.toString(), directory(root));
    }

    ContractNode root() {
        return rootNode;
    }

    /** @return the root itself as one test that fails with what went wrong, the file at fault as source */
    ContractNode failedRoot(@Nullable Path file, RuntimeException failure) {
        TestSource source = file == null ? directory(root)
                : file.toFile().isFile() ? FileSource.from(file.toAbsolutePath().toFile()) : directory(file);
        return ContractNode.test(rootId, root.toString(), source, () -> {
            throw failure;
        });
    }

    ContractNode subject(String subject, Path dir) {
        ContractNode node = ContractNode.container(rootId.append("subject", subject), subject, directory(dir));
        rootNode.addChild(node);
        return node;
    }

    static ContractNode version(ContractNode subject, int version, Path file) {
        ContractNode node = ContractNode.container(subject.getUniqueId().append("version", "v" + version),
                "v" + version, FileSource.from(file.toAbsolutePath().toFile()));
        subject.addChild(node);
        return node;
    }

    static void schemaCheck(ContractNode version, Path file, ContractNode.Check check) {
        add(version, "schema", "valid schema", fileAt(file, 1), check);
    }

    static void exampleCheck(ContractNode version, Path file, ContractNode.Check check) {
        add(version, "example:" + file.getFileName(), "example " + file.getFileName(),
                FileSource.from(file.toAbsolutePath().toFile()), check);
    }

    static void compatibilityCheck(ContractNode version, String name, FileSource source, ContractNode.Check check) {
        add(version, "compatibility", name, source, check);
    }

    static FileSource fileAt(Path file, int line) {
        return FileSource.from(file.toAbsolutePath().toFile(), FilePosition.from(line));
    }

    /** @return the file at a place the JSON parser reported (see {@link SchemaLines}) */
    static FileSource fileAt(Path file, SchemaLines.Position position) {
        return FileSource.from(file.toAbsolutePath().toFile(), FilePosition.from(position.line(), position.column()));
    }

    private static void add(ContractNode parent, String kind, String name, TestSource source, ContractNode.Check check) {
        parent.addChild(ContractNode.test(parent.getUniqueId().append("check", kind), name, source, check));
    }

    /** @return the folder as a source, or null when it does not exist (a directory source must be one) */
    private static @Nullable TestSource directory(Path dir) {
        return dir.toFile().isDirectory() ? DirectorySource.from(dir.toAbsolutePath().toFile()) : null;
    }
}
