package dev.eventtestkit.broker;

/**
 * A record in a partition log, with its place in the broker-wide publish order (which orders ready
 * deliveries, oldest first, before the {@link Chooser} picks one).
 *
 * @param caused true when a handler published it during a delivery: the runaway guard counts its deliveries
 */
record StoredRecord(Message message, long sequence, boolean caused) {}
