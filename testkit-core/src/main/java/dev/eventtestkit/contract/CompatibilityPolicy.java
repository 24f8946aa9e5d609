package dev.eventtestkit.contract;

import org.apiguardian.api.API;

/**
 * How strictly differences are judged.
 *
 * <ul>
 *   <li>{@link #STRICT}: the verdicts Confluent Schema Registry gives (its default), so CI and the registry
 *       never disagree. Adding a constrained optional property to an open content model is incompatible.
 *   <li>{@link #LENIENT}: treats producers as writing only declared properties, which is what most teams
 *       mean; it accepts the nine differences marked "no / yes" in docs/compatibility.md's table of every
 *       difference type.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CompatibilityPolicy {
    STRICT,
    LENIENT
}
