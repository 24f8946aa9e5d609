package dev.eventtestkit.examples.docs;

import dev.eventtestkit.event.EventType;

/** The event the docs' billing examples publish; it has no contract under schemas/. */
@EventType(name = "OrderPlaced", version = 1)
record OrderPlaced(String orderId, long amount) {}
