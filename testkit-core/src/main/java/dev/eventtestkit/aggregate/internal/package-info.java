/** Machinery the aggregate and process fixtures share; nothing here is for users. */
@NullMarked
package dev.eventtestkit.aggregate.internal;

import org.jspecify.annotations.NullMarked;
