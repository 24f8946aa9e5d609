package dev.eventtestkit.junit5;

import dev.eventtestkit.explore.Explorer;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.explore.Strategy;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What one {@link Interleavings} method explores: how many schedules, from which seed, with which strategy,
 * with the faults and broker configuration of its {@link EventTest}.
 */
record ExplorationPlan(int schedules, long seed, Strategy strategy, Explorer explorer, @Nullable Duration timeBudget,
        int shardIndex, int shardCount, boolean parallel, boolean checksReachable, FailingSeeds failingSeeds) {

    static final String SCHEDULES = "eventtestkit.schedules";
    static final String SHARD = "eventtestkit.interleavings.shard";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

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
        Duration budget = budget(interleavings.timeBudget(), method);
        int[] shard = {1, 1};
        String shardSpec = context.getConfigurationParameter(SHARD).orElse(System.getProperty(SHARD));
        if (shardSpec != null && !shardSpec.isBlank() && interleavings.seed() == 0L) {
            try {
                explorer = explorer.shard(shardSpec);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(SHARD + ": " + e.getMessage(), e);
            }
            String[] parts = shardSpec.trim().split("\\s*/\\s*");
            shard = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
        try {
            if (interleavings.sharedState().length > 0) {
                explorer = explorer.sharedState(interleavings.sharedState());
            }
            if (interleavings.independentGroups().length > 0) {
                explorer = explorer.independentGroups(interleavings.independentGroups());
            }
            if (interleavings.independentPartitions().length > 0) {
                explorer = explorer.independentPartitions(interleavings.independentPartitions());
            }
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@Interleavings on " + method.getName() + ": " + e.getMessage(),
                    e);
        }
        if (interleavings.reachable().length > 0) {
            explorer = explorer.reachable(interleavings.reachable());
        }
        if (interleavings.parallel()) {
            explorer = explorer.parallel(Runtime.getRuntime().availableProcessors());
        }
        return new ExplorationPlan(schedules, interleavings.seed(), strategy, explorer, budget, shard[0], shard[1],
                interleavings.parallel(), interleavings.reachable().length > 0, FailingSeeds.of(context));
    }

    /**
     * @return the attribute as a duration: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or ISO-8601
     *     ({@code PT10S}); null when empty
     */
    private static @Nullable Duration budget(String text, Method method) {
        String spec = text.trim();
        if (spec.isEmpty()) {
            return null;
        }
        Duration budget = null;
        Matcher matcher = DURATION.matcher(spec);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                budget = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } else if (spec.startsWith("PT") || spec.startsWith("pt")) {
                budget = Duration.parse(spec);
            }
        } catch (ArithmeticException | java.time.format.DateTimeParseException e) {
            budget = null;
        }
        if (budget == null || budget.isZero() || budget.isNegative()) {
            throw new ExtensionConfigurationException("@Interleavings on " + method.getName() + ": timeBudget must be"
                    + " a positive duration such as \"500ms\", \"10s\", \"2m\" or \"PT1M\", was \"" + text + "\"");
        }
        return budget;
    }

    /**
     * @return the explorer of a whole exploration in one invocation: with the time budget, the seeds that failed
     *     last time first (random only: their seed replays them), and a progress line on standard error
     */
    Explorer wholeExplorer(String method) {
        Explorer whole = explorer.progress(line -> System.err.println("[eventtestkit] " + method + ": " + line));
        if (timeBudget != null) {
            whole = whole.timeBudget(timeBudget);
        }
        if (remembersSeeds()) {
            whole = whole.tryFirst(failingSeeds.seeds().stream().mapToLong(Long::longValue).toArray());
        }
        return whole;
    }

    /** @return whether failing seeds are remembered: random schedules of an exploration, not a replay */
    boolean remembersSeeds() {
        return strategy.equals(Strategy.random()) && seed == 0L;
    }


    /**
     * @return whether the explorer runs every schedule in one invocation: each exhaustive schedule follows from
     *     the one before, and PCT spreads its change points over the steps schedules took so far
     */
    boolean inOneInvocation() {
        return !strategy.equals(Strategy.random()) || parallel || checksReachable;
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
