/** The example system's business flows in Gherkin: the suite, the registrations and the features' test doubles. */
@NullMarked
package dev.eventtestkit.examples.features;

import org.jspecify.annotations.NullMarked;
