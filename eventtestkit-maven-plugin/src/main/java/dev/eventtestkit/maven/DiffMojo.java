package dev.eventtestkit.maven;

import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.report.check.DiffOutcome;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code eventtestkit:diff}: the typed differences between two JSON Schema files, one per line, as
 * {@code testkit diff} prints them. Fails when one is backward incompatible under {@code policy}.
 *
 * <pre>
 * mvn eventtestkit:diff -Deventtestkit.old=schemas/orders/OrderCreated/v1.json -Deventtestkit.new=schemas/orders/OrderCreated/v2.json
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL)
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** The original schema file. */
    @Parameter(property = "eventtestkit.old", required = true)
    @Nullable File original;

    /** The updated schema file. */
    @Parameter(property = "eventtestkit.new", required = true)
    @Nullable File updated;

    /** {@code STRICT} (schema registry verdicts) or {@code LENIENT}. */
    @Parameter(property = "eventtestkit.policy", defaultValue = "STRICT")
    CompatibilityPolicy policy = CompatibilityPolicy.STRICT;

    @Override
    public void execute() throws MojoFailureException {
        DiffOutcome outcome;
        try {
            outcome = DiffOutcome.diff(Paths.shown(original.toPath()), Paths.shown(updated.toPath()), policy);
        } catch (ContractException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        outcome.render().lines().forEach(outcome.isCompatible() ? getLog()::info : getLog()::error);
        if (!outcome.isCompatible()) {
            throw new MojoFailureException(outcome.incompatibleCount() + " incompatible difference"
                    + (outcome.incompatibleCount() == 1 ? "" : "s") + " for BACKWARD under " + policy);
        }
    }
}
