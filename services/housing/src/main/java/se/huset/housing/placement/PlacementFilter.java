package se.huset.housing.placement;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a placements list is narrowed to. {@code from}/{@code to} are the Swedish calendar days of the request;
 * {@code coordinator} is "mine". The waiting list (status WAITING) is read in queue order, the rest newest first.
 */
public record PlacementFilter(@Nullable UUID unitId, @Nullable PlacementStatus status, @Nullable UUID clientId,
                              @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String coordinator) {

    public static PlacementFilter waitingAt(UUID unitId) {
        return new PlacementFilter(unitId, PlacementStatus.WAITING, null, null, null, null);
    }

    public boolean queueOrder() {
        return status == PlacementStatus.WAITING;
    }

    /** Keys in this list's cursors: queue (decision day, requested, id) or newest (requested, id). */
    public int cursorKeys() {
        return queueOrder() ? 3 : 2;
    }
}
