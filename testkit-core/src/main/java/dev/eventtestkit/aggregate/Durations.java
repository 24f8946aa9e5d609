package dev.eventtestkit.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations as a sentence reads them: {@code 30 minutes pass}, {@code 1 hour 30 minutes pass}. */
final class Durations {

    private Durations() {
    }

    static String passing(Duration duration) {
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDaysPart(), "day");
        add(parts, duration.toHoursPart(), "hour");
        add(parts, duration.toMinutesPart(), "minute");
        add(parts, duration.toSecondsPart(), "second");
        if (duration.toNanosPart() % 1_000_000 == 0) {
            add(parts, duration.toMillisPart(), "millisecond");
        } else {
            add(parts, duration.toNanosPart(), "nanosecond");
        }
        if (parts.isEmpty()) {
            return "no time passes";
        }
        boolean singular = parts.size() == 1 && parts.get(0).startsWith("1 ");
        return String.join(" ", parts) + (singular ? " passes" : " pass");
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
