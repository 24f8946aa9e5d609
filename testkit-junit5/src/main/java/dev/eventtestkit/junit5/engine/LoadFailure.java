package dev.eventtestkit.junit5.engine;

import dev.eventtestkit.contract.ContractException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A root that did not load, as one failed test: the {@code valid schema} check of the schema file the
 * {@link ContractException} names, the check of the example it names, or else the root itself.
 */
final class LoadFailure {

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9]\\d*)\\.json");
    private static final Pattern EXAMPLE_FILE = Pattern.compile("v([1-9]\\d*)-.+\\.json");
    private static final String EXAMPLES = "examples";

    private LoadFailure() {}

    static ContractNode attribute(ContractTree tree, ContractException unloadable) {
        Path file = unloadable.file();
        Path dir = file == null ? null : file.getParent();
        if (file == null || dir == null || dir.getFileName() == null) {
            return tree.failedRoot(file, unloadable);
        }
        String name = file.getFileName().toString();
        boolean inExamples = dir.getFileName().toString().equals(EXAMPLES);
        Matcher schema = VERSION_FILE.matcher(name);
        Matcher example = EXAMPLE_FILE.matcher(name);
        ContractNode.Check failing = () -> {
            throw unloadable;
        };
        if (!inExamples && schema.matches()) {
            ContractTree.schemaCheck(version(tree, dir, schema, file), file, failing);
            return tree.root();
        }
        Path subjectDir = dir.getParent();
        if (inExamples && subjectDir != null && subjectDir.getFileName() != null && example.matches()) {
            ContractTree.exampleCheck(version(tree, subjectDir, example, file), file, failing);
            return tree.root();
        }
        return tree.failedRoot(file, unloadable);
    }

    private static ContractNode version(ContractTree tree, Path subjectDir, Matcher version, Path file) {
        ContractNode subject = tree.subject(String.valueOf(subjectDir.getFileName()), subjectDir);
        return ContractTree.version(subject, Integer.parseInt(version.group(1)), file);
    }
}
