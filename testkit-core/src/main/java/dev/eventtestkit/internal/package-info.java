/** Machinery shared by the kit's reports; not for users: it changes without notice. */
@NullMarked
package dev.eventtestkit.internal;

import org.jspecify.annotations.NullMarked;
