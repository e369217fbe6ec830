package se.huset.intake.overview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;
import se.huset.intake.care.CareTeam;
import se.huset.intake.contact.Contact;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A client's named coordinators (vård- och stödsamordnare, case manager), one per body at most in practice, as the
 * reader may see them: in the reader's body as its care team is shown (its members and its reception), in the
 * other body under the consent rule like any of that body's records about the client (consent covering its
 * category, and a care relationship). What is held back is counted, never silently left out.
 */
@Singleton
public class Coordinators {

    @Serdeable
    public record Coordinator(Org body, String party, Instant since) {
    }

    /** @param withheld coordinators of either body the reader may not see */
    @Serdeable
    public record Named(List<Coordinator> coordinators, int withheld) {
    }

    private final CareRelationships relationships;
    private final ConsentGuard guard;

    public Coordinators(CareRelationships relationships, ConsentGuard guard) {
        this.relationships = relationships;
        this.guard = guard;
    }

    /** {@code ownTeam}: the reader's body's care team as {@link CareTeam#visibleTo} gave it, null if refused. */
    @Transactional
    public Named of(Staff reader, UUID clientId, @Nullable List<CareRelationships.Relationship> ownTeam) {
        List<CareRelationships.Relationship> all = relationships.forClient(clientId).stream()
                .filter(r -> CareTeam.isCoordinator(r) && r.ownerOrg() != null).toList();
        List<Coordinator> shown = new ArrayList<>();
        int withheld = 0;
        String own = reader.org() == null ? null : reader.org().name();
        if (ownTeam == null) {
            withheld += (int) all.stream().filter(r -> r.ownerOrg().equals(own)).count();
        } else {
            ownTeam.stream().filter(CareTeam::isCoordinator).map(Coordinators::named).forEach(shown::add);
        }
        Visible<CareRelationships.Relationship> other = guard.filter(reader,
                all.stream().filter(r -> !r.ownerOrg().equals(own)).toList(), r -> record(clientId, r), "READ");
        other.items().stream().map(Coordinators::named).forEach(shown::add);
        return new Named(shown, withheld + other.withheld());
    }

    private static OwnedRecord record(UUID clientId, CareRelationships.Relationship r) {
        Org body = Org.valueOf(r.ownerOrg());
        return new OwnedRecord(clientId, body, Contact.categoryFor(body), "care-team/" + clientId);
    }

    private static Coordinator named(CareRelationships.Relationship r) {
        return new Coordinator(Org.valueOf(r.ownerOrg()), r.party(), r.startedAt());
    }
}
