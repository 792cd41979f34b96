package vn.dondoc.domain.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the number of matching records. Large lists are counted up to a bound: then
 * {@code totalIsBound} is true and {@code total} is that bound ("more than 10,000"), not the exact count.
 * {@code next} is the opaque cursor of the page after this one (keyset paging), null when this one is the last
 * or when the list does not page by cursor.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalIsBound, String next) {
    /** Counts above this are given as "more than". */
    public static final long COUNT_BOUND = 10_000;

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, null);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total, totalIsBound, next);
    }
}
