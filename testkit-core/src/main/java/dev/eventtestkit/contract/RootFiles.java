package dev.eventtestkit.contract;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the contract files ({@code .json}, {@code .avsc}) under a contracts root, and decides about everything that is not a plain file
 * or folder, so that nothing is skipped silently (docs/contracts.md, "What the root may hold"):
 * <ul>
 *   <li>names starting with {@code .} are ignored, files not ending in {@code .json} too (they are never opened);
 *   <li>a symbolic link that stays under the root is followed; one that leads outside it, one that leads nowhere,
 *       and a loop of links are errors (only files under the root are read, as for {@code $ref});
 *   <li>a {@code .json} name that is a folder, a FIFO, a socket or a device is an error;
 *   <li>a folder that cannot be listed, or a file that cannot be read, is an error.
 * </ul>
 */
final class RootFiles {

    private final Path root;
    private final Path realRoot;

    RootFiles(Path root) {
        this.root = root;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ContractException(root, "cannot read the contracts root: " + FileProblems.reason(e));
        }
    }

    /** @return every {@code .json} file under the root (through links that stay under it), sorted by path */
    List<Path> jsonFiles() {
        return files(".json");
    }

    /**
     * @param extensions the endings of contract files, e.g. {@code .json}
     * @return every file under the root with one of them (through links that stay under it), sorted by path
     */
    List<Path> files(String... extensions) {
        List<Path> files = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            for (Path entry : list(folder)) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                boolean json = endsWithAny(name, extensions);
                Target target = target(entry, json);
                if (target == null) {
                    continue;
                }
                if (target.attributes().isDirectory()) {
                    if (json) {
                        throw new ContractException(entry, "is a directory; expected " + expected(name));
                    }
                    if (isAncestor(target.real(), folder)) {
                        throw new ContractException(entry, "a symbolic link to " + target.real()
                                + ", a folder that contains it: a loop; link each folder once, to a place outside its own path");
                    }
                    folders.push(entry);
                } else if (json) {
                    if (!target.attributes().isRegularFile()) {
                        throw new ContractException(entry, "not a regular file (a FIFO, socket or device); expected "
                                + expected(name));
                    }
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean endsWithAny(String name, String... extensions) {
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    private static String expected(String name) {
        return name.endsWith(".json") ? "a JSON file" : "a file";
    }

    /**
     * Checks one named file (e.g. {@code contracts.yaml}) the same way: a regular file, or a link to one under
     * the root.
     */
    static void checkReadable(Path root, Path file, String expected) {
        Target target = new RootFiles(root).target(file, true);
        if (target == null || target.attributes().isDirectory()) {
            throw new ContractException(file, "is a directory; expected " + expected);
        }
        if (!target.attributes().isRegularFile()) {
            throw new ContractException(file, "not a regular file (a FIFO, socket or device); expected " + expected);
        }
    }

    private record Target(Path real, BasicFileAttributes attributes) {}

    /**
     * @return what an entry is, following a link; null for a link to a file that is not JSON (never read, so
     *     wherever it leads does not matter)
     */
    private @Nullable Target target(Path entry, boolean json) {
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) {
                return new Target(entry, own);
            }
            Path real;
            try {
                real = entry.toRealPath();
            } catch (NoSuchFileException e) {
                if (!json && !looksLikeFolder(entry)) {
                    return null;
                }
                throw new ContractException(entry, "a symbolic link to " + Files.readSymbolicLink(entry)
                        + ", which does not exist; expected a file or folder");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!json && !attributes.isDirectory()) {
                return null;
            }
            if (!real.startsWith(realRoot)) {
                throw new ContractException(entry, "a symbolic link to " + real + ", outside the contracts root " + root
                        + "; only files under the root are read");
            }
            return new Target(real, attributes);
        } catch (IOException e) {
            if (isLoop(e)) {
                throw new ContractException(entry, "a symbolic link loop; expected a file or folder");
            }
            throw new ContractException(entry, "cannot read: " + FileProblems.reason(e));
        }
    }

    private static boolean isLoop(IOException e) {
        return e instanceof FileSystemLoopException
                || e instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("symbolic links");
    }

    /** A dangling link without an extension may have been a folder of contracts: report it rather than guess. */
    private static boolean looksLikeFolder(Path entry) {
        return !entry.getFileName().toString().contains(".");
    }

    private boolean isAncestor(Path real, Path folder) {
        try {
            return folder.toRealPath().startsWith(real);
        } catch (IOException e) {
            throw new ContractException(folder, "cannot read: " + FileProblems.reason(e));
        }
    }

    private static List<Path> list(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new ContractException(folder, "cannot list the folder: " + FileProblems.reason(e));
        } catch (DirectoryIteratorException e) {
            throw new ContractException(folder, "cannot list the folder: " + FileProblems.reason(e.getCause()));
        }
        entries.sort(null);
        return entries;
    }
}
