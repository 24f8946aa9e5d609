/** The notifications service: tells the customer about shipped and cancelled orders from a thread of its own. */
@NullMarked
package dev.eventtestkit.examples.notifications;

import org.jspecify.annotations.NullMarked;
