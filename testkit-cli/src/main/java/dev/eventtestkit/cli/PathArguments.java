package dev.eventtestkit.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of path arguments picocli cannot make: an empty argument ({@code ""}, an unset shell variable) is an error, not the working directory. */
final class PathArguments {

    private PathArguments() {}

    static void requireNonEmpty(@Nullable CommandSpec spec, @Nullable Path path, String name) {
        if (path != null && path.toString().isEmpty() && spec != null) {
            throw new ParameterException(spec.commandLine(), name + " is an empty path; expected a file or folder name");
        }
    }
}
