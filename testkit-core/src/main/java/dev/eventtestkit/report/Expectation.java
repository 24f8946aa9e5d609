package dev.eventtestkit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An expected event that is not an event but a description of one (a predicate, a partial JSON form): what
 * {@link EventFormat} matches, renders and explains in place of an expected event, so that
 * {@link EventSequenceDiff} reports matchers exactly as it reports events.
 */
@API(status = INTERNAL)
public interface Expectation {

    /**
     * @param actual the actual event, never null
     * @param format gives the actual event's JSON form, for matchers that read it
     * @return whether the event meets the expectation
     */
    boolean matches(Object actual, EventFormat format);

    /**
     * @param format renders events inside the description
     * @return one line, e.g. {@code OrderCreated matching {"amount":100}}
     */
    String describe(EventFormat format);

    /**
     * @param actual an actual event that does not meet the expectation
     * @param format gives the actual event's JSON form
     * @return lines that say why, e.g. {@code /amount: expected 100 but was 120}; empty when nothing more is known
     */
    List<String> mismatches(Object actual, EventFormat format);
}
