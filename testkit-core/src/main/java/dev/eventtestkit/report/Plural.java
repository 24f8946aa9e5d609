package dev.eventtestkit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Counts as failure messages read them: {@code 1 event}, {@code 3 events}, {@code no events}. The one home of plurals. */
@API(status = INTERNAL)
public final class Plural {

    private Plural() {
    }

    /**
     * @param count how many, zero or more
     * @param singular the noun for one, made plural with an s: {@code event}, {@code message}
     * @return e.g. {@code 0 events}, {@code 1 event}, {@code 2 events}
     */
    public static String of(long count, String singular) {
        return count + " " + (count == 1 ? singular : singular + "s");
    }

    /**
     * @param count how many, zero or more
     * @param singular the noun for one, made plural with an s
     * @return as {@link #of}, but {@code no events} for zero
     */
    public static String orNo(long count, String singular) {
        return count == 0 ? "no " + singular + "s" : of(count, singular);
    }
}
