package dev.eventtestkit.examples.inventory.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stock read model's behaviour, written once against the {@link Broker} interface and run on the fake
 * broker and on a real Kafka by the subclasses. The inventory topic has three partitions and the events are
 * keyed by order, as the order process publishes them, so one product's events arrive over all three.
 */
abstract class StockLevelsBehaviour {

    static final int PARTITIONS = 3;

    /**
     * @param duplicates whether every record is delivered a second time after its ack
     * @return a fresh broker whose inventory topic has {@link #PARTITIONS} partitions; the subclass closes it
     */
    abstract Broker broker(boolean duplicates);

    @Test
    void countsTheOpenReservationsOfEachProductFromEveryPartition() {
        Broker broker = broker(false);
        StockLevelProjection levels = new StockLevelProjection(Map.of("p-1", 10, "p-2", 5));
        broker.subscribe(OrderProcess.INVENTORY, StockLevelProjection.GROUP, levels);

        publishFourOrders(broker);
        broker.runUntilIdle();

        assertThat(levels.reserved("p-1")).isEqualTo(7);
        assertThat(levels.available("p-1")).isEqualTo(3);
        assertThat(levels.reserved("p-2")).isEqualTo(1);
        assertThat(levels.available("p-2")).isEqualTo(4);
        // Kafka's murmur2 partitioner on both brokers: p-1's events land on all three partitions
        assertThat(broker.messages(OrderProcess.INVENTORY)).extracting(Message::key, Message::partition)
                .containsExactlyInAnyOrder(tuple("o-1", 0), tuple("o-2", 0), tuple("o-3", 1), tuple("o-1", 0),
                        tuple("o-5", 2));
    }

    @Test
    void countsEachReservationOnceUnderDuplicateDelivery() {
        Broker broker = broker(true);
        StockLevelProjection levels = new StockLevelProjection(Map.of("p-1", 10, "p-2", 5));
        broker.subscribe(OrderProcess.INVENTORY, StockLevelProjection.GROUP, levels);

        publishFourOrders(broker);
        broker.runUntilIdle();

        assertThat(levels.reserved("p-1")).isEqualTo(7);
        assertThat(levels.reserved("p-2")).isEqualTo(1);
    }

    /** o-1 holds 2 of p-1 then gives them back; o-2 and o-5 hold 3 and 4 of p-1; o-3 holds 1 of p-2. */
    static void publishFourOrders(Broker broker) {
        broker.publish(OrderProcess.INVENTORY, "o-1", new StockReserved("o-1", "p-1", 2));
        broker.publish(OrderProcess.INVENTORY, "o-2", new StockReserved("o-2", "p-1", 3));
        broker.publish(OrderProcess.INVENTORY, "o-3", new StockReserved("o-3", "p-2", 1));
        broker.publish(OrderProcess.INVENTORY, "o-1", new StockReleased("o-1", "p-1", 2));
        broker.publish(OrderProcess.INVENTORY, "o-5", new StockReserved("o-5", "p-1", 4));
    }
}
