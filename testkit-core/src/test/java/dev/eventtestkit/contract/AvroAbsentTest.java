package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Avro is an optional dependency: a build without it loads JSON Schema subjects as before, and an {@code .avsc}
 * subject fails in one line that says what to add. Runs core in a class loader that has everything core needs but
 * Avro.
 */
class AvroAbsentTest {

    /** One class from each jar core needs at run time (its JSON libraries are all in testkit-json-internal), Avro left out. */
    private static final List<String> NEEDED = List.of("dev.eventtestkit.contract.EventContracts",
            "dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode",
            "org.opentest4j.AssertionFailedError", "org.slf4j.LoggerFactory");

    @Test
    void anAvroSubjectWithoutAvroOnTheClassPathSaysWhatToAdd(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("schemas");
        new ContractFiles(root).orderCreated().write("payments/PaymentTaken/v1.avsc", AvroContractsTest.V1);

        assertThat(loadWithoutAvro(root)).isEqualTo("dev.eventtestkit.contract.ContractException: "
                + root.resolve("payments/PaymentTaken/v1.avsc") + ": an Avro schema, but Apache Avro is not on the class "
                + "path; add org.apache.avro:avro 1.12 to the build (docs/avro.md)");
    }

    @Test
    void jsonSchemaSubjectsNeedNoAvro(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("schemas");
        new ContractFiles(root).orderCreated();

        assertThat(loadWithoutAvro(root)).isEqualTo("EventContracts[" + root + ": 1 subjects]");
    }

    /** @return what {@code EventContracts.load(root)} returned (as text), or the exception it threw */
    private static String loadWithoutAvro(Path root) throws Exception {
        Set<URL> urls = new LinkedHashSet<>();
        for (String name : NEEDED) {
            urls.add(Class.forName(name).getProtectionDomain().getCodeSource().getLocation());
        }
        assertThat(new ArrayList<>(urls)).noneMatch(url -> url.toString().contains("avro"));
        try (URLClassLoader withoutAvro = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> contracts = withoutAvro.loadClass("dev.eventtestkit.contract.EventContracts");
            assertThat(contracts.getClassLoader()).isSameAs(withoutAvro);
            try {
                return contracts.getMethod("load", Path.class).invoke(null, root).toString();
            } catch (InvocationTargetException e) {
                return e.getCause().toString();
            }
        }
    }
}
