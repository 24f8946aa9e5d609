package dev.eventtestkit.store.tck;

import dev.eventtestkit.event.EventType;
import org.apiguardian.api.API;

/** The events the TCK appends: plain records, serialized by the store's codec. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TckEvents {

    private TckEvents() {}

    /**
     * An order was placed.
     *
     * @param orderId the order
     * @param amount its amount, 0 or more under the TCK's contract
     */
    @EventType(name = "TckOrderPlaced", version = 1)
    public record OrderPlaced(String orderId, long amount) {}

    /**
     * An order was paid.
     *
     * @param orderId the order
     */
    @EventType(name = "TckOrderPaid", version = 1)
    public record OrderPaid(String orderId) {}

    /**
     * An event without a contract in the TCK's contracts.
     *
     * @param note anything
     */
    @EventType(name = "TckUncontracted", version = 1)
    public record Uncontracted(String note) {}
}
