package dev.eventtestkit.junit5;

import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Strategy;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What one {@link Interleavings} method explores: how many schedules, from which seed, with which strategy,
 * with the faults and broker configuration of its {@link EventTest}.
 */
record ExplorationPlan(int schedules, long seed, Strategy strategy, Explorer explorer) {

    static final String SCHEDULES = "eventtestkit.schedules";

    static ExplorationPlan of(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Interleavings interleavings = AnnotationSupport.findAnnotation(method, Interleavings.class).orElseThrow();
        int schedules = interleavings.value();
        if (schedules < 1) {
            throw new ExtensionConfigurationException("@Interleavings on " + method.getName()
                    + ": value must be 1 or more, was " + schedules);
        }
        if (interleavings.seed() == 0L) {
            schedules = Math.max(schedules, nightly(context));
        }
        Strategy strategy = strategy(interleavings, method);
        Explorer explorer = Explorer.schedules(schedules).strategy(strategy).seed(interleavings.seed())
                .faults(Settings.of(context).faults()).configure(World.configuration(context));
        return new ExplorationPlan(schedules, interleavings.seed(), strategy, explorer);
    }

    /**
     * @return whether the explorer runs every schedule in one invocation: each exhaustive schedule follows from
     *     the one before, and PCT spreads its change points over the steps schedules took so far
     */
    boolean inOneInvocation() {
        return !strategy.equals(Strategy.random());
    }

    private static Strategy strategy(Interleavings interleavings, Method method) {
        Strategy strategy;
        try {
            strategy = Strategy.parse(interleavings.strategy());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@Interleavings on " + method.getName() + ": " + e.getMessage(),
                    e);
        }
        if (interleavings.exhaustive()) {
            if (!strategy.equals(Strategy.random()) && !strategy.isExhaustive()) {
                throw new ExtensionConfigurationException("@Interleavings on " + method.getName()
                        + ": exhaustive = true contradicts strategy = \"" + interleavings.strategy()
                        + "\"; set one of them");
            }
            return Strategy.exhaustive();
        }
        return strategy;
    }

    /** The configuration parameter, else the system property of the same name; 0 when neither is set. */
    private static int nightly(ExtensionContext context) {
        String value = context.getConfigurationParameter(SCHEDULES).orElse(System.getProperty(SCHEDULES));
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(SCHEDULES + " must be a whole number of schedules, was \""
                    + value + "\"", e);
        }
    }
}
