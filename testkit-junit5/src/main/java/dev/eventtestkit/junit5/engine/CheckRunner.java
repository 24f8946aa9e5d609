package dev.eventtestkit.junit5.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/** Runs the contracts tree depth-first on the calling thread: a check fails when it throws. */
final class CheckRunner {

    private CheckRunner() {}

    static void execute(TestDescriptor descriptor, EngineExecutionListener listener) {
        listener.executionStarted(descriptor);
        TestExecutionResult result = TestExecutionResult.successful();
        if (descriptor instanceof ContractNode) {
            ContractNode.Check check = ((ContractNode) descriptor).check();
            if (check != null) {
                result = run(check);
            }
        }
        for (TestDescriptor child : descriptor.getChildren()) {
            execute(child, listener);
        }
        listener.executionFinished(descriptor, result);
    }

    private static TestExecutionResult run(ContractNode.Check check) {
        try {
            check.run();
            return TestExecutionResult.successful();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            return TestExecutionResult.failed(failure);
        }
    }
}
