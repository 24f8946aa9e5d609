package dev.eventtestkit.cucumber;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The durations and instants of step text: {@code 90 seconds}, {@code 2 hours}, {@code PT30M}, ISO instants. */
final class TimeText {

    /** What the parameter type {duration} matches; the units are checked when parsing, to say what went wrong. */
    static final String DURATION = "\\d+ [a-z]+|P[0-9A-Za-z.,]+";
    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})";

    private TimeText() {}

    static Duration duration(String text) {
        if (text.startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 duration such as PT30M or P1D", e);
            }
        }
        int space = text.indexOf(' ');
        long amount = Long.parseLong(text.substring(0, space));
        String unit = text.substring(space + 1).toLowerCase(Locale.ROOT);
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        switch (singular) {
            case "millisecond": return Duration.ofMillis(amount);
            case "second": return Duration.ofSeconds(amount);
            case "minute": return Duration.ofMinutes(amount);
            case "hour": return Duration.ofHours(amount);
            case "day": return Duration.ofDays(amount);
            default: throw new IllegalArgumentException("unknown unit \"" + unit + "\" in \"" + text
                    + "\": use milliseconds, seconds, minutes, hours or days, or ISO-8601 such as PT30M");
        }
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not an ISO-8601 instant such as 2026-01-01T09:00:00Z", e);
        }
    }
}
