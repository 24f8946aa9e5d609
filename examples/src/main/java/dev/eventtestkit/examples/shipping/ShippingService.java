package dev.eventtestkit.examples.shipping;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import java.util.Objects;

/**
 * Hands each requested shipment to the provider once and publishes {@link ShipmentDispatched} with its tracking
 * id.
 *
 * <pre>{@code
 * ShippingService shipping = new ShippingService(broker, provider, new InMemoryDispatchedShipments());
 * shipping.subscribe();
 * }</pre>
 *
 * <p>A provider failure is thrown to the broker, which retries under its retry policy and finally
 * dead-letters the request. A redelivered request for a dispatched order calls nobody.
 */
public final class ShippingService {

    /** The topic of {@link ShipmentRequested} and {@link ShipmentDispatched}. */
    public static final String TOPIC = "shipping";

    /** The consumer group of this service. */
    public static final String GROUP = "shipping";

    private final Broker broker;
    private final ShippingProvider provider;
    private final DispatchedShipments dispatched;

    /**
     * @param broker where requests come from and confirmations go
     * @param provider the carrier
     * @param dispatched what was already handed over
     */
    public ShippingService(Broker broker, ShippingProvider provider, DispatchedShipments dispatched) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.dispatched = Objects.requireNonNull(dispatched, "dispatched");
    }

    /** @return the subscription to {@value #TOPIC} as group {@value #GROUP} */
    public Subscription subscribe() {
        return broker.subscribe(TOPIC, GROUP, this::onMessage);
    }

    /**
     * Handles a record of {@value #TOPIC}; its own {@link ShipmentDispatched} records are ignored.
     *
     * @param message the delivered record
     * @throws ShippingProviderException when the provider fails; the broker retries
     */
    public void onMessage(Message message) {
        if ("ShipmentRequested".equals(message.type())) {
            onShipmentRequested(message.payloadAs(ShipmentRequested.class));
        }
    }

    /**
     * Dispatches the shipment unless it was dispatched before.
     *
     * @param request the request
     */
    public synchronized void onShipmentRequested(ShipmentRequested request) {
        if (dispatched.trackingId(request.orderId()).isPresent()) {
            return;
        }
        String trackingId = provider.dispatch(request);
        dispatched.save(request.orderId(), trackingId);
        broker.publish(TOPIC, request.orderId(), new ShipmentDispatched(request.orderId(), trackingId));
    }
}
