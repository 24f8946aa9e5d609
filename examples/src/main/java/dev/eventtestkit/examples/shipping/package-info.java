/** The shipping service: hands a paid order to the shipping provider over HTTP, once per order. */
@NullMarked
package dev.eventtestkit.examples.shipping;

import org.jspecify.annotations.NullMarked;
