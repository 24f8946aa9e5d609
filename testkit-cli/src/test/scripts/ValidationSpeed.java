import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.Json;
import java.nio.file.Path;

/**
 * Measures EventContracts.validate for one 10-field event (by hand, not in the build: speed is not unit-tested).
 *
 * <pre>
 * python3 testkit-cli/src/test/scripts/generate-contracts.py /tmp/contracts-1000x5
 * java -cp testkit-cli/target/testkit-cli-0.1.0-SNAPSHOT-all.jar testkit-cli/src/test/scripts/ValidationSpeed.java /tmp/contracts-1000x5
 * </pre>
 */
public class ValidationSpeed {
    public static void main(String[] args) {
        EventContracts contracts = EventContracts.load(Path.of(args[0]));
        Json payload = Json.parse("{\"id\":\"e-1\",\"amount\":12,\"field0\":\"a\","
                + "\"field1\":\"b\",\"field2\":\"c\",\"field3\":\"d\",\"field4\":\"e\",\"field5\":\"f\",\"field6\":\"g\",\"field7\":\"h\"}");
        for (int i = 0; i < 300_000; i++) {
            contracts.validate("Event0001", 1, payload);
        }
        int n = 1_000_000;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                contracts.validate("Event0001", 1, payload);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.println("validate one 10-field event: " + best / n + " ns (best of 5 rounds of " + n + "); violations: "
                + contracts.validate("Event0001", 1, payload));
    }
}
