package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import org.apiguardian.api.API;

/**
 * Turns a payload of version N of a subject into a payload of version N + 1.
 *
 * <pre>{@code
 * contracts.withUpcaster("OrderCreated", 1, json -> json.with("currency", "EUR"));
 * }</pre>
 *
 * <p>{@link Json} is read-only: its {@code with}, {@code without} and {@code renamed} give modified copies.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Upcaster {

    /**
     * Upcasts one payload by one version.
     *
     * @param payload a payload valid under version N
     * @return the equivalent payload under version N + 1, not null
     */
    Json upcast(Json payload);
}
