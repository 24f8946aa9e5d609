package dev.eventtestkit.explore;

/**
 * One choice the broker made: what kind of point, the value taken, and the largest value allowed there.
 *
 * @param kind the kind of choice point
 * @param value the value taken
 * @param max the largest value the point allows (the smallest is 0, the default)
 */
record Choice(Kind kind, int value, int max) {

    enum Kind {
        DELIVERY,
        FAULT,
        DELAY
    }

    boolean isFault() {
        return value != 0 && kind != Kind.DELIVERY;
    }

    boolean isDeparture() {
        return value != 0 && kind == Kind.DELIVERY;
    }

    /** @return the next value depth-first search tries here, or -1 when none is left; delays try 0 and max */
    int nextAlternative() {
        if (kind == Kind.DELAY) {
            return value == 0 && max > 0 ? max : -1;
        }
        return value < max ? value + 1 : -1;
    }
}
