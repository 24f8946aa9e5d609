package dev.eventtestkit.examples.shipping;

/** The carrier that takes parcels; {@link HttpShippingProvider} talks to it over HTTP. */
public interface ShippingProvider {

    /**
     * Hands an order's parcel to the carrier.
     *
     * @param request the order and its address
     * @return the carrier's tracking id
     * @throws ShippingProviderException when the carrier refuses or cannot be reached; the broker retries
     */
    String dispatch(ShipmentRequested request);
}
