package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;

/** The text of the guard that stops a run that never settles. */
final class RunawayMessage {

    static final int LAST_ENTRIES = 10;

    private RunawayMessage() {}

    static String render(int maxSteps, boolean oneRecord, int stillReady, VirtualClock clock, TraceLog trace) {
        Trace last = trace.snapshot().last(LAST_ENTRIES);
        String what = oneRecord
                ? "one record delivered to one group " + maxSteps + " times (is every delivery of it lost to a crash before the ack?)"
                : maxSteps + " deliveries of records that handlers published (does a handler publish on every delivery?)";
        return "the broker did not settle: " + what + " at " + Trace.format(clock.instant()) + ", and " + stillReady
                + " still ready."
                + " Raise the bound with FakeBroker.builder().maxSteps(n) if the run is meant to be this long."
                + " The last " + last.size() + " trace entries:\n" + last.render();
    }
}
