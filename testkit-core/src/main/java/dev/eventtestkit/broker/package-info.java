/** The fake broker: topics, partitions, consumer groups, at-least-once delivery, faults from one seed. */
@NullMarked
package dev.eventtestkit.broker;

import org.jspecify.annotations.NullMarked;
