/** What the example tests share: brokers that check every event against the domain's contracts. */
@NullMarked
package dev.eventtestkit.examples.support;

import org.jspecify.annotations.NullMarked;
