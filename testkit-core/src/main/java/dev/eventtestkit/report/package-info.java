/**
 * The failure text every face of the kit shares, in one home: how events are shown and compared
 * ({@code EventFormat}, {@code IgnoredFields}, {@code FieldDifference}), sequence and set diffs
 * ({@code EventSequenceDiff}, {@code EventSetDiff}, with {@code Expectation}s for matchers), partial JSON matches
 * ({@code JsonSubset}), durations ({@code DurationText}), counts ({@code Plural}) and "did you mean" hints ({@code ClosestName}). Its
 * types are {@code INTERNAL}: the fixtures, the JUnit, Cucumber and Spring faces call them; tests never need to.
 * The broker's timeline is {@code dev.eventtestkit.broker.Trace}'s; the check and diff reports of the command
 * line and the Maven plugin are in {@code dev.eventtestkit.report.check}.
 */
@NullMarked
package dev.eventtestkit.report;

import org.jspecify.annotations.NullMarked;
