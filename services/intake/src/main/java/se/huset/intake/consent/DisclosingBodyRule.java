package se.huset.intake.consent;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.security.Org;
import se.huset.kit.security.Staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A consent releases one body's data to the other, so it is recorded by staff of the body that holds the data (the
 * disclosing body), never by the recipient: a body cannot give itself access. Its end is recorded by the same body,
 * so the recipient cannot rewrite the discloser's record either; at the shared reception the client tells the
 * disclosing body's staff. Both rules hold whatever consent or emergency opening the caller has.
 */
public final class DisclosingBodyRule {

    /** The responsible bodies (huvudmän): the ones whose staff record consents and whose data they release. */
    public static final List<Org> RESPONSIBLE_BODIES = List.of(Org.REGION, Org.KOMMUN);

    private DisclosingBodyRule() {
    }

    /** Why this member of staff may not record a consent to these recipients, or empty when they may. */
    public static Optional<String> refusesGrant(Staff staff, Collection<Org> recipients) {
        if (!isResponsibleBody(staff.org())) {
            return Optional.of("Only staff of a responsible body (REGION or KOMMUN) record a consent.");
        }
        if (recipients.contains(staff.org())) {
            return Optional.of("A consent releases your body's data to the other body: staff of " + staff.org()
                    + " cannot record one naming " + staff.org() + " as recipient. The body that holds the data"
                    + " records it.");
        }
        return Optional.empty();
    }

    /**
     * The body whose data the consent releases: the body that recorded it; for a consent recorded before the
     * registry kept the recorder's body, the body that owns the client (reception recorded it for its own client).
     */
    public static Org disclosingBody(ConsentView consent, Org clientOwner) {
        return consent.grantedOrg() != null ? consent.grantedOrg() : clientOwner;
    }

    /** Why this member of staff may not record the consent's revocation, or empty when they may. */
    public static Optional<String> refusesRevocation(Staff staff, ConsentView consent, Org clientOwner) {
        Org discloser = disclosingBody(consent, clientOwner);
        if (staff.org() != discloser) {
            return Optional.of("Only staff of " + discloser + ", the body whose data the consent releases, record"
                    + " its revocation.");
        }
        return Optional.empty();
    }

    private static boolean isResponsibleBody(@Nullable Org org) {
        return org == Org.REGION || org == Org.KOMMUN;
    }
}
