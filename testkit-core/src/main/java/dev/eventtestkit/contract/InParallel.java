package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on all cores, on {@link DeepStack} threads, yet behaves as a sequential loop would: results in
 * input order, and when several items fail, the failure of the first one in input order is thrown (so error
 * messages never depend on timing).
 */
final class InParallel {

    private InParallel() {}

    static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException e) {
                    results[i] = new Failure(e);
                }
            }
        };
        int workers = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        List<Future<Object>> running = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            running.add(DeepStack.submit(() -> {
                worker.run();
                return null;
            }));
        }
        running.forEach(DeepStack::await);
        List<R> mapped = new ArrayList<>(results.length);
        for (Object result : results) {
            if (result instanceof Failure failure) {
                throw failure.exception();
            }
            @SuppressWarnings("unchecked")
            R value = (R) result;
            mapped.add(value);
        }
        return mapped;
    }

    private record Failure(RuntimeException exception) {}
}
