package dev.eventtestkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes contract trees for tests. */
final class ContractFiles {

    static final String ORDER_CREATED_V1 = """
            {
              "type": "object",
              "properties": {
                "orderId": {"type": "string"},
                "amount": {"type": "integer"}
              },
              "required": ["orderId", "amount"],
              "additionalProperties": false
            }
            """;

    static final String ORDER_CREATED_V2 = """
            {
              "type": "object",
              "properties": {
                "orderId": {"type": "string"},
                "amount": {"type": "integer"},
                "currency": {"type": "string", "default": "EUR"}
              },
              "required": ["orderId", "amount"],
              "additionalProperties": false
            }
            """;

    private final Path root;

    ContractFiles(Path root) {
        this.root = root;
    }

    ContractFiles write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContractFiles orderCreated() {
        return write("orders/OrderCreated/v1.json", ORDER_CREATED_V1)
                .write("orders/OrderCreated/v2.json", ORDER_CREATED_V2);
    }

    Path root() {
        return root;
    }
}
