package dev.eventtestkit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Durations as failure messages read them: {@code 30 minutes}, {@code 1 hour 30 minutes pass}. The fixtures'
 * one duration formatter.
 */
@API(status = INTERNAL)
public final class DurationText {

    private DurationText() {
    }

    /**
     * @param duration zero or more
     * @return e.g. {@code 30 minutes pass}, {@code 1 minute passes}, {@code no time passes}
     */
    public static String passing(Duration duration) {
        List<String> parts = parts(duration);
        if (parts.isEmpty()) {
            return "no time passes";
        }
        boolean singular = parts.size() == 1 && parts.get(0).startsWith("1 ");
        return String.join(" ", parts) + (singular ? " passes" : " pass");
    }

    /**
     * @param duration zero or more
     * @return e.g. {@code 30 minutes}, {@code 1 hour 30 minutes}, {@code no time}
     */
    public static String of(Duration duration) {
        List<String> parts = parts(duration);
        return parts.isEmpty() ? "no time" : String.join(" ", parts);
    }

    private static List<String> parts(Duration duration) {
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
        return parts;
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
