package dev.eventtestkit.junit5.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The {@code eventtestkit-contracts} engine: turns each contracts root into tests, engine &gt; root &gt; subject
 * &gt; version &gt; checks ({@code valid schema}, {@code example v2-large.json},
 * {@code compatible at BACKWARD with v1}), each pointing at its file.
 *
 * <p>Roots: every {@link DirectorySelector} of the request, plus the comma-separated configuration parameter
 * {@value #ROOTS}; when neither names one, {@code schemas} if the working directory has it. A request that
 * targets single methods or other engines' tests (an IDE running one test) gets no default roots. A
 * {@link UniqueIdSelector} of this engine's tests (an IDE re-running one check) runs just those checks.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ContractsTestEngine implements TestEngine {

    /** The engine id, for {@code @IncludeEngines} and {@code EngineTestKit.engine(...)}. */
    public static final String ENGINE_ID = "eventtestkit-contracts";

    /** Configuration parameter: comma-separated contracts roots; empty for none. */
    public static final String ROOTS = "eventtestkit.contracts.roots";

    private static final Path DEFAULT_ROOT = Path.of("schemas");

    /** Creates the engine; the JUnit Platform does so through {@code ServiceLoader}. */
    public ContractsTestEngine() {}

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.eventtestkit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("testkit-junit5");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "EventTestkit contracts");
        List<UniqueId> selected = selectedIds(request, uniqueId);
        for (Path root : roots(request, uniqueId, selected)) {
            engine.addChild(RootDiscovery.discover(uniqueId, root));
        }
        if (!selected.isEmpty()) {
            keepOnly(engine, selected);
        }
        return engine;
    }

    /** The ids of this engine's tests a request selects, e.g. an IDE re-running one failed check. */
    private static List<UniqueId> selectedIds(EngineDiscoveryRequest request, UniqueId engineId) {
        return request.getSelectorsByType(UniqueIdSelector.class).stream().map(UniqueIdSelector::getUniqueId)
                .filter(id -> id.hasPrefix(engineId) && id.getSegments().size() > 1).toList();
    }

    /** Removes the tests none of the selected ids covers; the launcher prunes the emptied containers. */
    private static void keepOnly(TestDescriptor descriptor, List<UniqueId> selected) {
        for (TestDescriptor child : new ArrayList<>(descriptor.getChildren())) {
            UniqueId id = child.getUniqueId();
            if (selected.stream().anyMatch(id::hasPrefix)) {
                continue;
            }
            if (selected.stream().anyMatch(s -> s.hasPrefix(id))) {
                keepOnly(child, selected);
            } else {
                child.removeFromHierarchy();
            }
        }
    }

    private static Set<Path> roots(EngineDiscoveryRequest request, UniqueId engineId, List<UniqueId> selected) {
        Set<Path> roots = new LinkedHashSet<>();
        request.getSelectorsByType(DirectorySelector.class).forEach(selector -> roots.add(selector.getPath()));
        selected.forEach(id -> roots.add(Path.of(id.getSegments().get(1).getValue())));
        if (!selected.isEmpty()) {
            return roots;
        }
        Optional<String> configured = request.getConfigurationParameters().get(ROOTS);
        configured.ifPresent(list -> {
            for (String root : list.split(",")) {
                if (!root.isBlank()) {
                    roots.add(Path.of(root.trim()));
                }
            }
        });
        if (roots.isEmpty() && configured.isEmpty() && !targetsOthers(request, engineId)
                && Files.isDirectory(DEFAULT_ROOT)) {
            roots.add(DEFAULT_ROOT);
        }
        return roots;
    }

    private static boolean targetsOthers(EngineDiscoveryRequest request, UniqueId engineId) {
        boolean methods = !request.getSelectorsByType(MethodSelector.class).isEmpty();
        boolean otherIds = request.getSelectorsByType(UniqueIdSelector.class).stream()
                .anyMatch(selector -> !selector.getUniqueId().hasPrefix(engineId));
        return methods || otherIds;
    }

    @Override
    public void execute(ExecutionRequest request) {
        CheckRunner.execute(request.getRootTestDescriptor(), request.getEngineExecutionListener());
    }
}
