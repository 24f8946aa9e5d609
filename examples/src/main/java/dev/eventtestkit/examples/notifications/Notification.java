package dev.eventtestkit.examples.notifications;

/**
 * A message to the customer of an order.
 *
 * @param orderId the order
 * @param text what the customer reads
 */
public record Notification(String orderId, String text) {}
