package dev.eventtestkit.aggregate;

import org.opentest4j.AssertionFailedError;

/** Catches the failure an assertion throws, to inspect its expected and actual values besides its message. */
public final class Caught {

    private Caught() {
    }

    /**
     * @param assertion what must fail
     * @return its failure
     * @throws AssertionError when it does not fail with an {@link AssertionFailedError}
     */
    public static AssertionFailedError failure(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionFailedError failure) {
            return failure;
        }
        throw new AssertionError("expected an AssertionFailedError");
    }
}
