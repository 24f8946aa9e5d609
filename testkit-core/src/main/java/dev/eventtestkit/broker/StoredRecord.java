package dev.eventtestkit.broker;

/**
 * A record in a partition log, with its place in the broker-wide publish order (which orders ready
 * deliveries, oldest first, before the {@link Chooser} picks one).
 */
record StoredRecord(Message message, long sequence) {}
