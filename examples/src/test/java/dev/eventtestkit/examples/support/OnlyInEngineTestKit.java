package dev.eventtestkit.examples.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a scenario class that fails on purpose (deliberately broken code under {@code Interleavings}): only an
 * outer test runs it, through {@link Scenarios#run}, and asserts how it fails. Anywhere else (Surefire, an IDE
 * running the package) it is disabled, so the build stays green.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyInEngineTestKit.Condition.class)
public @interface OnlyInEngineTestKit {

    /** Enabled only when the launch carries {@link Scenarios#ENABLED}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(Scenarios.ENABLED).isPresent()
                    ? ConditionEvaluationResult.enabled("run by an outer test")
                    : ConditionEvaluationResult.disabled("a scenario for an outer test's EngineTestKit run");
        }
    }
}
