package dev.eventtestkit.rabbitmq;

import dev.eventtestkit.event.EventType;

@EventType(name = "OrderPlaced", version = 1)
record OrderPlaced(String orderId, long amount) {}
