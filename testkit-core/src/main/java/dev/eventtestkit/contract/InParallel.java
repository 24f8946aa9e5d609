package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Maps a list on all cores, yet behaves as a sequential loop would: results in input order, and when several
 * items fail, the failure of the first one in input order is thrown (so error messages never depend on timing).
 */
final class InParallel {

    private InParallel() {}

    static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        Object[] results = new Object[items.size()];
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            try {
                results[i] = function.apply(items.get(i));
            } catch (RuntimeException e) {
                results[i] = new Failure(e);
            }
        });
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
