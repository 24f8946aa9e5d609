package dev.eventtestkit.contract;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs recursive contract work (the validator, the meta-schema check, the diff) on threads with a large stack.
 *
 * <p>Why: deep but legal schemas (400 nested {@code items}, a chain of 2,000 {@code $ref}s) recurse further than
 * a default 1 MB thread stack allows, and a {@link StackOverflowError} must never reach a user. The stack is
 * reserved address space, touched only as deep as the work goes; the work stops at {@link ContractLimits} long
 * before it is used up. Threads are daemons, created on demand and kept for a while, so repeated calls are cheap.
 */
final class DeepStack {

    static final long STACK_BYTES = 512L * 1024 * 1024;

    private static final class DeepThread extends Thread {
        DeepThread(Runnable work, int number) {
            super(null, work, "eventtestkit-contracts-" + number, STACK_BYTES);
            setDaemon(true);
        }
    }

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), work -> new DeepThread(work, NUMBERS.incrementAndGet()));

    private DeepStack() {}

    /** @return true on a thread of this class, where deep work runs without another hop */
    static boolean here() {
        return Thread.currentThread() instanceof DeepThread;
    }

    /** Runs work on a deep stack (this thread when it already is one) and returns its result or rethrows its failure. */
    static <T> T call(Supplier<T> work) {
        return here() ? work.get() : await(submit(work::get));
    }

    static <T> Future<T> submit(Callable<T> work) {
        return THREADS.submit(work);
    }

    /** Waits for deep work, rethrowing what it threw as it was thrown (an interrupt is kept for the caller). */
    static <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
