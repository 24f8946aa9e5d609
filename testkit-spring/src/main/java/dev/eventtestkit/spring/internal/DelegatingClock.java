package dev.eventtestkit.spring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The app's {@code Clock} bean under virtual time: reads the virtual clock of whichever broker the app is wired to
 * now, in the zone the app's own clock had.
 */
final class DelegatingClock extends Clock {

    private final SpringWorld world;
    private final ZoneId zone;

    DelegatingClock(SpringWorld world, ZoneId zone) {
        this.world = world;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DelegatingClock(world, zone);
    }

    @Override
    public Instant instant() {
        return world.broker().clock().instant();
    }

    @Override
    public String toString() {
        return "the fake broker's virtual clock (" + instant() + ", " + zone + ")";
    }
}
