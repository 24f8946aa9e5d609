package dev.eventtestkit.junit5;

import dev.eventtestkit.explore.Explorer;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What one {@link Interleavings} method explores: how many schedules, from which seed, random or exhaustive,
 * with the faults and broker configuration of its {@link EventTest}.
 */
record ExplorationPlan(int schedules, long seed, boolean exhaustive, Explorer explorer) {

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
        Explorer explorer = interleavings.exhaustive() ? Explorer.exhaustive(schedules) : Explorer.random(schedules);
        explorer = explorer.seed(interleavings.seed()).faults(Settings.of(context).faults())
                .configure(World.configuration(context));
        return new ExplorationPlan(schedules, interleavings.seed(), interleavings.exhaustive(), explorer);
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
