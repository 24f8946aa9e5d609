package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A sample payload shipped with a contract, from {@code <Subject>/examples/v<N>-<name>.json}.
 *
 * @param subject the subject
 * @param version the version the example belongs to (the {@code N} of its file name)
 * @param file the example file, as the contracts root was given
 * @param payload its JSON
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContractExample(String subject, int version, Path file, Json payload) {

    public ContractExample {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(payload, "payload");
    }
}
