package dev.eventtestkit.examples.orders.process;

/**
 * The order saga's payment deadline: delivered back to the saga {@link OrderSaga#PAYMENT_TIMEOUT} after the
 * order was created. It never leaves the saga, so it has no contract.
 *
 * @param orderId the order that waited
 */
public record PaymentTimedOut(String orderId) {}
