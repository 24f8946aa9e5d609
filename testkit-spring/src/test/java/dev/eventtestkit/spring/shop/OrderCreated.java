package dev.eventtestkit.spring.shop;

import dev.eventtestkit.event.EventType;

@EventType(name = "OrderCreated", version = 2)
public record OrderCreated(String orderId, int amount, String currency) {}
