/** The 1,000-message produce/consume scenario on an in-JVM Kafka 4.4 beside the fake broker. */
@NullMarked
package dev.eventtestkit.benchmarks.kafka;

import org.jspecify.annotations.NullMarked;
