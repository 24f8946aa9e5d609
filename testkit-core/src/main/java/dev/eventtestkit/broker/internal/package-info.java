/** Machinery shared by broker implementations; not for tests. */
@NullMarked
package dev.eventtestkit.broker.internal;

import org.jspecify.annotations.NullMarked;
