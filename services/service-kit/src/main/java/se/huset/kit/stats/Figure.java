package se.huset.kit.stats;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One published figure: its value (a number, a map of numbers, or {@code "<5"}), how many records it rests on
 * ({@code n}, itself suppressed when small), and how many records lacked the variable ({@code missing}).
 */
@Serdeable
public record Figure(Object value, Object n, Object missing) {

    public static Figure of(Object value, long n, long missing) {
        return new Figure(value, SmallCells.count(n), missing == 0 ? 0L : SmallCells.count(missing));
    }
}
