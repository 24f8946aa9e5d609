package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.cucumber.EventTestkitConfiguration;
import dev.eventtestkit.cucumber.EventTestkitSetup;
import dev.eventtestkit.cucumber.shop.OrderCommand.CancelOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.PayOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.PlaceOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.ShipOrder;

/** The shop's registrations, named in junit-platform.properties; a new instance per scenario. */
public final class ShopConfiguration implements EventTestkitConfiguration {

    @Override
    public void configure(EventTestkitSetup setup) {
        setup.eventsIn("dev.eventtestkit.cucumber.shop");
        setup.events(Stock.StockReceived.class, Stock.StockReserved.class);
        setup.aggregate("order", AggregateFixture.forDecider(Order.DECIDER).withDeadlines(Order::deadlines))
                .commands(PlaceOrder.class, PayOrder.class, ShipOrder.class, CancelOrder.class);
        setup.aggregate("stock", Stock::new, Stock::apply, Stock::handle)
                .commands(Stock.ReceiveStock.class, Stock.ReserveStock.class);
        setup.consumer("payments", "billing", new Billing(setup.broker())::on);
        setup.consumer("payment-events", "receipts", new Receipts(setup.broker())::on);
        setup.queueConsumer("payment-requests", new QueueBilling(setup.queues())::on);
    }
}
