/** The machinery behind {@code @EventTestkitKafka}; nothing here is meant to be used directly. */
@NullMarked
package dev.eventtestkit.spring.internal;

import org.jspecify.annotations.NullMarked;
