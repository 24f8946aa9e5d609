/** 1,000 messages through one queue with three competing consumers, on the fake broker and on RabbitMQ. */
@NullMarked
package dev.eventtestkit.benchmarks.queues;

import org.jspecify.annotations.NullMarked;
