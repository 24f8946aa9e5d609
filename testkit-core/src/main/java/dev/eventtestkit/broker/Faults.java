package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which faults a {@link FakeBroker} injects, and how often. Every fault is drawn from the broker's seeded
 * {@link Chooser} and recorded in its {@link Trace}, so the same seed strikes the same faults.
 *
 * <pre>{@code
 * Faults faults = Faults.builder().duplicates(0.3).crashBeforeAck(0.1).reorder(true).build();
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} prints the code that builds an equal value.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Faults {

    private static final Faults NONE = new Builder().build();

    private final double duplicates;
    private final double crashBeforeAck;
    private final boolean reorder;
    private final Duration delay;

    private Faults(Builder builder) {
        this.duplicates = builder.duplicates;
        this.crashBeforeAck = builder.crashBeforeAck;
        this.reorder = builder.reorder;
        this.delay = builder.delay;
    }

    /** @return no faults: every record is delivered once per group, in partition order, at once */
    public static Faults none() {
        return NONE;
    }

    /** @return a builder starting from no faults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the chance, per ack, that the record is delivered again */
    public double duplicates() {
        return duplicates;
    }

    /** @return the chance, per successful delivery, that the ack is lost */
    public double crashBeforeAck() {
        return crashBeforeAck;
    }

    /** @return whether any undelivered record of a partition may go next */
    public boolean reorder() {
        return reorder;
    }

    /** @return the bound of the random delay before a record becomes ready; zero for none */
    public Duration delay() {
        return delay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Faults that
                && that.duplicates == duplicates
                && that.crashBeforeAck == crashBeforeAck
                && that.reorder == reorder
                && that.delay.equals(delay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(duplicates, crashBeforeAck, reorder, delay);
    }

    @Override
    public String toString() {
        if (equals(NONE)) {
            return "Faults.none()";
        }
        StringBuilder code = new StringBuilder("Faults.builder()");
        if (duplicates > 0) {
            code.append(".duplicates(").append(duplicates).append(')');
        }
        if (crashBeforeAck > 0) {
            code.append(".crashBeforeAck(").append(crashBeforeAck).append(')');
        }
        if (reorder) {
            code.append(".reorder(true)");
        }
        if (!delay.isZero()) {
            code.append(".delay(Duration.ofMillis(").append(delay.toMillis()).append("))");
        }
        return code.append(".build()").toString();
    }

    /** Builds {@link Faults}; every fault starts off. */
    public static final class Builder {
        private double duplicates;
        private double crashBeforeAck;
        private boolean reorder;
        private static final Duration MAX_DELAY = Duration.ofMillis(Long.MAX_VALUE - 1);
        private Duration delay = Duration.ZERO;

        private Builder() {}

        /**
         * @param rate the chance, from 0 to 1, that an acked record is delivered again; at 1 every record is
         *     delivered exactly twice to each group (a duplicate is then not duplicated again)
         * @return this builder
         */
        public Builder duplicates(double rate) {
            this.duplicates = rate(rate, "duplicates");
            return this;
        }

        /**
         * @param rate the chance, from 0 to 1, that a handler runs but its ack is lost (the record is redelivered)
         * @return this builder
         */
        public Builder crashBeforeAck(double rate) {
            this.crashBeforeAck = rate(rate, "crashBeforeAck");
            return this;
        }

        /**
         * @param reorder whether any undelivered record of a partition may go next, not only the oldest
         * @return this builder
         */
        public Builder reorder(boolean reorder) {
            this.reorder = reorder;
            return this;
        }

        /**
         * @param bound each record becomes ready for each group after a random virtual delay from zero up to
         *     this bound, in whole milliseconds; zero turns delays off
         * @return this builder
         * @throws IllegalArgumentException when the bound is negative
         */
        public Builder delay(Duration bound) {
            Objects.requireNonNull(bound, "bound");
            if (bound.isNegative()) {
                throw new IllegalArgumentException("the delay bound cannot be negative, was " + bound);
            }
            if (bound.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("the delay bound " + bound + " is longer than a virtual delay can be"
                        + " drawn (at most " + MAX_DELAY + ", about 292 million years)");
            }
            this.delay = Duration.ofMillis(bound.toMillis());
            return this;
        }

        /** @return the faults */
        public Faults build() {
            return new Faults(this);
        }

        private static double rate(double rate, String name) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(name + ": a rate is from 0 to 1, was " + rate);
            }
            return rate;
        }
    }
}
