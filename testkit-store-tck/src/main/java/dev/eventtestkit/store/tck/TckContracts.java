package dev.eventtestkit.store.tck;

import dev.eventtestkit.contract.EventContracts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contracts of the TCK's events, written to a folder: a placed order's amount is 0 or more. */
final class TckContracts {

    private static final String PLACED = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
            + "\"type\":\"object\",\"required\":[\"orderId\",\"amount\"],"
            + "\"properties\":{\"orderId\":{\"type\":\"string\"},\"amount\":{\"type\":\"integer\",\"minimum\":0}}}";
    private static final String PAID = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
            + "\"type\":\"object\",\"required\":[\"orderId\"],\"properties\":{\"orderId\":{\"type\":\"string\"}}}";

    private TckContracts() {}

    static EventContracts writeTo(Path root) {
        try {
            write(root.resolve("orders/TckOrderPlaced/v1.json"), PLACED);
            write(root.resolve("orders/TckOrderPaid/v1.json"), PAID);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the TCK's contracts under " + root, e);
        }
        return EventContracts.load(root);
    }

    private static void write(Path file, String schema) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema);
    }
}
