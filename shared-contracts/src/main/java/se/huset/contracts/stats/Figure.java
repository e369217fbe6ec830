package se.huset.contracts.stats;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One published figure: its value (a number, a map of numbers, or {@code "<5"}), how many records it rests on
 * ({@code n}, itself {@code "<5"} when it counts few persons), and how many records lacked the variable
 * ({@code missing}). Service-kit's {@code SmallCells} builds the figures that count persons.
 */
@Serdeable
public record Figure(Object value, Object n, Object missing) {
}
