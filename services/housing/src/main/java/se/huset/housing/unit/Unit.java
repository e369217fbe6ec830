package se.huset.housing.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.UUID;

/** A housing unit with its capacity and rules; {@code occupied} and {@code waiting} are current counts. */
@Serdeable
public record Unit(UUID id, String name, UnitType type, int capacity, @Nullable Integer minAge,
                   boolean requiresDecision, @Nullable String provider, @Nullable BigDecimal costPerDay,
                   int occupied, int waiting) {

    public int free() {
        return capacity - occupied;
    }
}
