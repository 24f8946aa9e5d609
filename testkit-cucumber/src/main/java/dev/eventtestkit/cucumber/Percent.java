package dev.eventtestkit.cucumber;

/** Percentages of step text as fault rates. */
final class Percent {

    private Percent() {}

    /**
     * @param percent the percentage of the step
     * @param max the highest that makes sense: 100, or 99 where 100 would redeliver forever
     * @return the rate from 0 to 1
     */
    static double rate(int percent, int max) {
        if (percent < 0 || percent > max) {
            String why = max == 100 ? "" : " (at 100% no delivery would ever be acknowledged)";
            throw new IllegalArgumentException("the percentage must be from 0 to " + max + why + ", was " + percent);
        }
        return percent / 100.0;
    }
}
