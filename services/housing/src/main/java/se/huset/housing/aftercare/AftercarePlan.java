package se.huset.housing.aftercare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Org;

import java.time.LocalDate;

/**
 * The plan for life after a move-out (*utflöde*): a named owner (staff and body), where the client will live, what
 * they will do in the day, who is around them, and when someone follows up. Fields are checked by
 * {@link AftercareRequired}, so a missing one is named in the answer rather than failing the whole body.
 */
@Serdeable
public record AftercarePlan(@Nullable @Size(max = 120) String ownerStaff,
                            @Nullable Org ownerOrg,
                            @Nullable @Size(max = 500) String nextHousing,
                            @Nullable @Size(max = 500) String occupation,
                            @Nullable @Size(max = 500) String network,
                            @Nullable LocalDate followUpDate) {
}
