package dev.eventtestkit.broker;

import dev.eventtestkit.event.EventType;

@EventType(name = "OrderPlaced", version = 2)
record OrderPlaced(String orderId, long amount) {}
