package se.huset.kit.list;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as a reader may see it (ARCHITECTURE.md §4, Lists): the rows shown, the cursor of the next page
 * ({@code null} on the last one, so nothing is ever cut without saying so), and how many rows of this page were
 * withheld for want of consent.
 */
@Serdeable
public record Page<T>(List<T> items, @Nullable String next, int withheld) {

    public boolean hasNext() {
        return next != null;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), next, withheld);
    }

    /**
     * The page out of rows fetched with {@link #fetchSize(int)} ({@code limit + 1}): the first {@code limit}, and the
     * cursor after the last of them when the extra row shows there is more.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<? super T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null, 0);
        }
        List<T> rows = fetched.subList(0, limit);
        return new Page<>(List.copyOf(rows), cursorOf.apply(rows.get(limit - 1)).encode(), 0);
    }

    /** How many rows to ask the database for: one more than shown tells whether there is a next page. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }
}
