package dev.eventtestkit.event;

import java.util.function.Supplier;

/**
 * Run in a class loader of its own by {@link EventCodecFailuresTest}: the first failure a JVM's Jackson sees is
 * a 5,000-deep event, then a shallower one, then a plain one. Each line is what happened.
 */
public final class DeepEvents implements Supplier<String> {

    /** A linked list: each node one level deeper. */
    public record Node(Node next, int value) {}

    public static Node nest(int depth) {
        Node node = null;
        for (int i = 0; i < depth; i++) {
            node = new Node(node, i);
        }
        return node;
    }

    @Override
    public String get() {
        return attempt(5_000) + "\n" + attempt(600) + "\n" + attempt(2);
    }

    private static String attempt(int depth) {
        try {
            return EventCodec.jackson().toJson(nest(depth)).toString();
        } catch (EventCodecException e) {
            return e.getMessage();
        } catch (Throwable t) {
            return "escaped: " + t;
        }
    }
}
