package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a contracts root may hold besides plain files and folders: each case followed or reported, never skipped. */
class RootFilesTest {

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root).write("S/v1.json", "{}");
        new ContractFiles(dir).write("outside/T/v1.json", "{}").write("outside/x.json", "{}");
    }

    void assertLoadFails(String message) throws IOException {
        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class)
                .hasMessage(message.replace("ROOT", root.toString()).replace("DIR", dir.toRealPath().toString()));
    }

    @Test
    void followsLinksThatStayUnderTheRoot() throws IOException {
        files.write("shared/object.json", "{\"type\": \"object\"}");
        Files.createSymbolicLink(root.resolve("S/v2.json"), Path.of("../shared/object.json"));
        files.write(".shared/U/v1.json", "{}");
        Files.createSymbolicLink(root.resolve("Linked"), Path.of(".shared/U"));

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.schema("S", 2).toString()).isEqualTo("{\"type\":\"object\"}");
        assertThat(contracts.subjects()).containsExactly("Linked", "S");
    }

    @Test
    void aVersionFileThatLinksOutsideTheRootIsAnError() throws IOException {
        Files.createSymbolicLink(root.resolve("S/v2.json"), Path.of("../../outside/x.json"));

        assertLoadFails("ROOT/S/v2.json: a symbolic link to DIR/outside/x.json, outside the contracts root ROOT; "
                + "only files under the root are read");
    }

    @Test
    void aSubjectFolderThatLinksOutsideTheRootIsAnError() throws IOException {
        Files.createSymbolicLink(root.resolve("T"), Path.of("../outside/T"));

        assertLoadFails("ROOT/T: a symbolic link to DIR/outside/T, outside the contracts root ROOT; only files under the root are read");
    }

    @Test
    void aLinkLoopADanglingLinkAndALinkToAnAncestorAreErrors() throws IOException {
        Files.createSymbolicLink(root.resolve("S/v2.json"), Path.of("v2.json"));
        assertLoadFails("ROOT/S/v2.json: a symbolic link loop; expected a file or folder");

        Files.delete(root.resolve("S/v2.json"));
        Files.createSymbolicLink(root.resolve("S/v2.json"), Path.of("nowhere.json"));
        assertLoadFails("ROOT/S/v2.json: a symbolic link to nowhere.json, which does not exist; expected a file or folder");

        Files.delete(root.resolve("S/v2.json"));
        Files.createSymbolicLink(root.resolve("S/up"), Path.of(".."));
        assertLoadFails("ROOT/S/up: a symbolic link to DIR/schemas, a folder that contains it: a loop; link each folder "
                + "once, to a place outside its own path");
    }

    @Test
    void linksToFilesThatAreNotJsonAreNeverFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("S/README.md"), dir.resolve("outside/x.json"));
        Files.createSymbolicLink(root.resolve("S/notes.txt"), Path.of("missing.txt"));

        assertThat(EventContracts.load(root).subjects()).containsExactly("S");
    }

    @Test
    void aJsonNameThatIsAFolderOrAFifoIsAnError() throws Exception {
        Files.createDirectories(root.resolve("S/v2.json"));
        assertLoadFails("ROOT/S/v2.json: is a directory; expected a JSON file");

        Files.delete(root.resolve("S/v2.json"));
        assumeThat(mkfifo(root.resolve("S/v2.json"))).as("mkfifo available").isTrue();
        assertLoadFails("ROOT/S/v2.json: not a regular file (a FIFO, socket or device); expected a JSON file");
    }

    @Test
    void contractsYamlMustBeAFileUnderTheRoot() throws Exception {
        Files.createDirectories(root.resolve("contracts.yaml"));
        assertLoadFails("ROOT/contracts.yaml: is a directory; expected a YAML file");

        Files.delete(root.resolve("contracts.yaml"));
        Files.createSymbolicLink(root.resolve("contracts.yaml"), dir.resolve("outside/x.json"));
        assertLoadFails("ROOT/contracts.yaml: a symbolic link to DIR/outside/x.json, outside the contracts root ROOT; "
                + "only files under the root are read");
    }

    @Test
    void hiddenFilesAndFoldersAreIgnored() throws IOException {
        files.write(".git/v1.json", "not even JSON").write("S/.v2.json", "{");

        assertThat(EventContracts.load(root).latestVersion("S")).isEqualTo(1);
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
