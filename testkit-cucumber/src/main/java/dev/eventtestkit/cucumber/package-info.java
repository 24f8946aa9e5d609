/**
 * Cucumber steps over EventTestkit: put {@code dev.eventtestkit.cucumber} on the glue path, register types,
 * aggregates and consumers in an {@link dev.eventtestkit.cucumber.EventTestkitConfiguration}, and write
 * scenarios in JSON by type name. See {@code docs/cucumber.md} for every step.
 */
@NullMarked
package dev.eventtestkit.cucumber;

import org.jspecify.annotations.NullMarked;
