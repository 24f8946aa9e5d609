package dev.eventtestkit.kafka;

import dev.eventtestkit.event.EventType;

@EventType(name = "OrderCreated", version = 2)
record OrderCreated(String orderId, long amount) {}
