package dev.eventtestkit.contract;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way a payload does not match its contract.
 *
 * @param subject the subject, e.g. {@code OrderCreated}
 * @param version the contract version the payload was checked against
 * @param pointer where in the payload, as a JSON pointer with a leading {@code #}: {@code #/amount},
 *     {@code #/lines/0/sku}, {@code #/} for the payload itself; for a missing required property or an
 *     undeclared one, the pointer names that property
 * @param keyword the JSON Schema keyword violated, e.g. {@code type}, {@code required}
 * @param message what was expected, e.g. {@code string found, integer expected}
 * @param schemaFile the schema file, as the contracts root was given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Violation(
        String subject, int version, String pointer, String keyword, String message, Path schemaFile) {

    public Violation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(schemaFile, "schemaFile");
    }

    /** @return {@code pointer: keyword: message}, e.g. {@code #/amount: type: string found, integer expected} */
    @Override
    public String toString() {
        return pointer + ": " + keyword + ": " + message;
    }
}
