package dev.eventtestkit.cucumber;

import org.apiguardian.api.API;

/**
 * The one place a project registers what its scenarios speak about: event and command classes by type name,
 * aggregates, consumers and topics.
 *
 * <pre>{@code
 * public final class ShopConfiguration implements EventTestkitConfiguration {
 *     public void configure(EventTestkitSetup setup) {
 *         setup.eventsIn("com.acme.shop.events");
 *         setup.aggregate("order", Order.DECIDER).commands(PlaceOrder.class, ShipOrder.class);
 *         Billing billing = new Billing(setup.broker());
 *         setup.consumer("payments", "billing", billing::on);
 *     }
 * }
 * }</pre>
 *
 * <p>Name the class with the configuration parameter {@code eventtestkit.cucumber.configuration} (in
 * {@code junit-platform.properties}, {@code cucumber.properties} or as a system property), or list it in
 * {@code META-INF/services/dev.eventtestkit.cucumber.EventTestkitConfiguration}. It needs a public no-argument
 * constructor: the steps create a new instance for every scenario, so fields of it (and the objects
 * {@code configure} creates) are that scenario's own and never leak into the next one.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EventTestkitConfiguration {

    /**
     * Registers types, aggregates and consumers for one scenario.
     *
     * @param setup the scenario's registrations; its broker and clock are the scenario's own
     */
    void configure(EventTestkitSetup setup);
}
