/** Versioned JSON Schema contracts for events: validation, typed differences, compatibility. */
@NullMarked
package dev.eventtestkit.contract;

import org.jspecify.annotations.NullMarked;
