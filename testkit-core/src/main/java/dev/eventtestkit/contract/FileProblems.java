package dev.eventtestkit.contract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in a few words why a file could not be read, for messages that already name the file. */
final class FileProblems {

    private FileProblems() {}

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // FileSystemException messages start with the file: keep only the reason after it
        int reason = message.lastIndexOf(": ");
        return reason < 0 ? message : message.substring(reason + 2);
    }
}
