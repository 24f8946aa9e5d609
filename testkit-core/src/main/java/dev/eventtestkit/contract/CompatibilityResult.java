package dev.eventtestkit.contract;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The verdict of {@link Compatibility#check}: every incompatible difference, each with the version it
 * breaks (not only the first, as registries report).
 *
 * @param level the level checked
 * @param policy the policy the differences were judged by
 * @param differences the incompatible differences, in version order; empty when compatible
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CompatibilityResult(
        CompatibilityLevel level, CompatibilityPolicy policy, List<Incompatibility> differences) {

    public CompatibilityResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(policy, "policy");
        differences = List.copyOf(differences);
    }

    /** @return true when no incompatible difference was found */
    public boolean isCompatible() {
        return differences.isEmpty();
    }
}
