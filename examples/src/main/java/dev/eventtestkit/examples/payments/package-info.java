/** The payments service: charges an order once however often it is asked, refunds a cancelled paid order. */
@NullMarked
package dev.eventtestkit.examples.payments;

import org.jspecify.annotations.NullMarked;
