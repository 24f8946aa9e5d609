package dev.eventtestkit.examples.shipping;

import org.jspecify.annotations.Nullable;

/** The shipping provider refused a shipment or could not be reached. */
public final class ShippingProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, with the status and the order
     * @param cause the I/O failure, or null for a refusal
     */
    public ShippingProviderException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
