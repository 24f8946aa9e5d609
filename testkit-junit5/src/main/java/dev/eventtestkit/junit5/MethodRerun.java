package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.explore.Scenario;
import dev.eventtestkit.time.VirtualClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The test method as an explorer {@link Scenario}: each run calls the method body on a new instance of the
 * test class (when it can be built without arguments, else on the current one) with the run's broker and
 * clock in place of the ones JUnit resolved; other arguments are passed as resolved.
 */
final class MethodRerun implements Scenario {

    private final Method method;
    private final List<@Nullable Object> arguments;
    private final @Nullable Object target;
    private final List<Object> enclosing;

    MethodRerun(ReflectiveInvocationContext<Method> invocation, ExtensionContext context) {
        this.method = invocation.getExecutable();
        this.arguments = new ArrayList<>(invocation.getArguments());
        this.target = invocation.getTarget().orElse(null);
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        this.enclosing = instances.subList(0, instances.size() - 1);
    }

    @Override
    public void run(FakeBroker broker) throws Exception {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = arguments.toArray();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == FakeBroker.class || types[i] == Broker.class || types[i] == QueueBroker.class) {
                values[i] = broker;
            } else if (types[i] == VirtualClock.class) {
                values[i] = broker.clock();
            }
        }
        try {
            method.setAccessible(true);
            method.invoke(freshTarget(), values);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof Exception) {
                throw (Exception) thrown;
            }
            throw (Error) thrown;
        }
    }

    /** A new instance keeps state in fields from leaking between runs; inner classes get their outer one. */
    private @Nullable Object freshTarget() {
        if (target == null) {
            return null;
        }
        try {
            return enclosing.isEmpty() || java.lang.reflect.Modifier.isStatic(target.getClass().getModifiers())
                    ? ReflectionSupport.newInstance(target.getClass())
                    : ReflectionSupport.newInstance(target.getClass(), enclosing.get(enclosing.size() - 1));
        } catch (RuntimeException noSuitableConstructor) {
            return target;
        }
    }
}
