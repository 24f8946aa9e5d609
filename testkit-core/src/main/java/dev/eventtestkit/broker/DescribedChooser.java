package dev.eventtestkit.broker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@link Chooser} told what each choice is about: the broker names the ready deliveries, and the delivery a
 * fault or a delay would strike, before it asks. A chooser that decides by name rather than by the order of
 * the questions keeps its decisions when an earlier one changes: the explorer's shrinker removes one fault
 * and keeps every other exactly where it was.
 *
 * <pre>{@code
 * // duplicate exactly the first delivery of orders[0]@1 to billing, and nothing else
 * class DuplicateOne implements DescribedChooser {
 *     public boolean fault(FaultKind kind, double rate, String delivery) {
 *         return kind == FaultKind.DUPLICATE && delivery.equals("orders[0]@1 to billing, attempt 1");
 *     }
 *     ...
 * }
 * }</pre>
 *
 * <p>A delivery reads {@code orders[0]@1 to billing, attempt 1} ({@code (duplicate)} appended for a copy the
 * duplicates fault made); a queue action reads {@code dispatch billing#2 to ctag-1} or
 * {@code run billing#2 on ctag-1, attempt 1}. The broker calls only these three methods on a described
 * chooser; the plain ones of {@link Chooser} are for plain use.
 */
@API(status = EXPERIMENTAL)
public interface DescribedChooser extends Chooser {

    /**
     * @param ready the ready deliveries (then the ready queue actions), 2 or more, oldest record first
     * @return the index of the one to take next, from 0 to {@code ready.size() - 1}
     */
    int nextDelivery(List<String> ready);

    /**
     * @param kind the fault
     * @param rate its configured chance, strictly between 0 and 1
     * @param delivery the delivery it would strike
     * @return whether it fires
     */
    boolean fault(FaultKind kind, double rate, String delivery);

    /**
     * @param boundMillis the delay bound in milliseconds, 1 or more
     * @param delivery the delivery it would hold
     * @return the delay in milliseconds, from 0 to {@code boundMillis}
     */
    long delayMillis(long boundMillis, String delivery);
}
