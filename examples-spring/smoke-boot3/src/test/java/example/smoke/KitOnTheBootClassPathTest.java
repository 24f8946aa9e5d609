package example.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.junit5.EventTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit on the class path Boot made, with none of its own JSON libraries: the default codec and contracts work,
 * the application's Jackson is the version Boot manages, and the annotations on its events count.
 */
@EventTest(schemas = "schemas")
class KitOnTheBootClassPathTest {

    /** The version Boot manages here (the pom passes Boot's jackson-bom.version): 2.x on Boot 3, 3.x on Boot 4. */
    private static final String BOOTS_JACKSON = System.getProperty("boot.jackson.version");

    @Test
    void theDefaultCodecHonoursTheAppsAnnotationsAndTheContract(FakeBroker broker) {
        List<Greeted> heard = new ArrayList<>();
        broker.subscribe(Greeter.TOPIC, "greeter", message -> heard.add(message.payloadAs(Greeted.class)));

        broker.publish(Greeter.TOPIC, "g-1", new Greeted("g-1", "Ada", "not sent"));
        broker.runUntilIdle();

        assertThat(EventCodec.jackson().toJson(new Greeted("g-1", "Ada", "not sent")))
                .hasToString("{\"greeting_id\":\"g-1\",\"name\":\"Ada\"}");
        assertThat(heard).containsExactly(new Greeted("g-1", "Ada", null));
    }

    @Test
    void noneOfTheKitsJsonLibrariesIsOnTheClassPath() {
        assertThat(List.of("com.networknt.schema.Schema", "org.snakeyaml.engine.v2.api.Load", "com.ethlo.time.ITU",
                        "tools.jackson.dataformat.yaml.YAMLMapper"))
                .noneMatch(KitOnTheBootClassPathTest::present);
    }

    @Test
    void theAppsJacksonIsTheOneBootManages() throws Exception {
        assertThat(BOOTS_JACKSON).isNotBlank();
        if (BOOTS_JACKSON.startsWith("2.")) {
            assertThat(present("tools.jackson.databind.ObjectMapper")).as("Jackson 3 on a Boot 3 class path").isFalse();
            assertThat(version("com.fasterxml.jackson.databind.cfg.PackageVersion")).isEqualTo(BOOTS_JACKSON);
        } else {
            assertThat(version("tools.jackson.databind.cfg.PackageVersion")).isEqualTo(BOOTS_JACKSON);
        }
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, KitOnTheBootClassPathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    private static String version(String packageVersion) throws ReflectiveOperationException {
        return Class.forName(packageVersion).getField("VERSION").get(null).toString();
    }
}
