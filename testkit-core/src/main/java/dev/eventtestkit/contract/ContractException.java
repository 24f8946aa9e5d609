package dev.eventtestkit.contract;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad contract input: a missing root, a file that is not JSON or not a JSON Schema, a gap in the versions, an
 * unknown subject or version, a bad {@code contracts.yaml}.
 *
 * <p>The message starts with the file it is about (as the root was given to {@link EventContracts#load}),
 * then says where in it (line and column, or a JSON pointer) and what was expected, e.g.
 * {@code schemas/orders/OrderCreated/v1.json: line 3, column 5: not valid JSON: ...}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Path file;

    /**
     * An error about one file.
     *
     * @param file the file (or folder) at fault, shown as given
     * @param detail where in the file and what was expected
     */
    public ContractException(Path file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    /**
     * An error not tied to one file (e.g. an unknown subject asked for in code).
     *
     * @param message the whole message
     */
    public ContractException(String message) {
        super(message);
        this.file = null;
    }

    /** @return the file at fault; null when the error is not about one file */
    public @Nullable Path file() {
        return file;
    }
}
