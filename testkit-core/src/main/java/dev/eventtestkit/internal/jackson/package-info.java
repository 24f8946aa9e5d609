/** Core-only: the bridge between the kit's JSON value and the bundled Jackson tree. Not for users. */
@NullMarked
package dev.eventtestkit.internal.jackson;

import org.jspecify.annotations.NullMarked;
