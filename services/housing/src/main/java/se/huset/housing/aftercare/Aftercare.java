package se.huset.housing.aftercare;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.huset.contracts.security.Org;

import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code aftercare}: the plan of one ended placement, its text fields stored stripped. */
@MappedEntity("aftercare")
public record Aftercare(@Id UUID placementId, String ownerStaff, Org ownerOrg, String nextHousing, String occupation,
                        String network, LocalDate followUpDate) {

    /** The row for a checked plan (see {@link AftercareRequired}), with surrounding blanks stripped. */
    public static Aftercare of(UUID placementId, AftercarePlan p) {
        return new Aftercare(placementId, p.ownerStaff().strip(), p.ownerOrg(), p.nextHousing().strip(),
                p.occupation().strip(), p.network().strip(), p.followUpDate());
    }

    public AftercarePlan plan() {
        return new AftercarePlan(ownerStaff, ownerOrg, nextHousing, occupation, network, followUpDate);
    }
}
