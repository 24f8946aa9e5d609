package dev.eventtestkit.maven;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.report.check.CheckOutcome;
import dev.eventtestkit.report.check.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.jspecify.annotations.Nullable;

/**
 * {@code eventtestkit:check}: every subject under {@code schemas} at its configured compatibility level, and, with
 * {@code against}, that no released version changed or vanished. Fails the build on an incompatible change with
 * the lines {@code testkit check} prints; writes the reports named in {@code formats} to {@code outputDirectory}.
 */
@API(status = API.Status.EXPERIMENTAL)
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The contracts root. */
    @Parameter(property = "eventtestkit.schemas", defaultValue = "${project.basedir}/schemas")
    @Nullable File schemas;

    /**
     * The released contracts: a folder (e.g. the main branch's {@code schemas}), or {@code groupId:artifactId:version}
     * of a jar holding a {@code schemas/} folder at its root, resolved from the build's repositories.
     */
    @Parameter(property = "eventtestkit.against")
    @Nullable String against;

    /** The reports to write: {@code text}, {@code json}, {@code junit}, {@code sarif}. */
    @Parameter(property = "eventtestkit.formats", defaultValue = "text")
    List<String> formats = new ArrayList<>(List.of("text"));

    /** Where the reports go. */
    @Parameter(property = "eventtestkit.outputDirectory", defaultValue = "${project.build.directory}/eventtestkit-reports")
    @Nullable File outputDirectory;

    /** Skips the check. */
    @Parameter(property = "eventtestkit.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    @Nullable File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    @Nullable File basedir;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    @Nullable RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> remoteRepositories = new ArrayList<>();

    private final RepositorySystem repositorySystem;

    /**
     * Made by Maven.
     *
     * @param repositorySystem resolves the {@code against} artifact
     */
    @Inject
    public CheckMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("eventtestkit:check skipped");
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        CheckOutcome outcome;
        try {
            Path baseline = against == null || against.isBlank() ? null : baseline(against.strip());
            outcome = CheckOutcome.check(Paths.shown(schemas.toPath()), baseline == null ? null : Paths.shown(baseline));
        } catch (ContractException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        List<Path> written = write(outcome, reportFormats);
        String text = ReportFormat.TEXT.render(outcome);
        if (outcome.isCompatible()) {
            text.lines().forEach(getLog()::info);
        } else {
            text.lines().forEach(getLog()::error);
        }
        written.forEach(file -> getLog().info("report: " + file));
        if (!outcome.isCompatible()) {
            throw new MojoFailureException(outcome.summary());
        }
    }

    private List<ReportFormat> reportFormats() throws MojoFailureException {
        List<ReportFormat> parsed = new ArrayList<>();
        for (String format : formats) {
            for (String id : format.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(ReportFormat.of(id));
                } catch (IllegalArgumentException e) {
                    throw new MojoFailureException("formats: " + e.getMessage());
                }
            }
        }
        return parsed;
    }

    private @Nullable Path baseline(String value) throws MojoFailureException {
        if (ReleasedArtifact.isCoordinates(value) && !new File(value).exists()) {
            ReleasedArtifact artifact = ReleasedArtifact.parse(value);
            File jar = artifact.resolve(repositorySystem, repositorySession, remoteRepositories);
            return artifact.unpackSchemas(jar.toPath(), buildDirectory.toPath().resolve("eventtestkit").resolve("against"));
        }
        return new File(value).isAbsolute() ? Path.of(value) : basedir.toPath().resolve(value);
    }

    private List<Path> write(CheckOutcome outcome, List<ReportFormat> reportFormats) throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : reportFormats) {
            Path file = outputDirectory.toPath().resolve(format.fileName());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, format.render(outcome));
            } catch (IOException e) {
                throw new MojoExecutionException(file + ": cannot write the report: " + e.getMessage(), e);
            }
            written.add(Paths.shown(file));
        }
        return written;
    }
}
