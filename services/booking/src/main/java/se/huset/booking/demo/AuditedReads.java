package se.huset.booking.demo;

import io.micronaut.core.annotation.Nullable;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.security.Staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audit rows of the reads the demo accounts made of the history, as booking's guarded reads write them: the
 * day list (LIST) of every appointment of a client on its day and, for every other one, its detail (READ) just
 * before it starts; and, for two requests in three, the waiting list (LIST) shortly after triage. A reader of the
 * owning body reads on OWNER; one in five appointment reads is by the other body where the client's consent
 * covered appointments on that day (CONSENT:&lt;id&gt;), else by the owning body.
 */
final class AuditedReads {

    private static final Map<Org, List<Staff>> READERS = Map.of(
            Org.REGION, List.of(
                    new Staff("therapist.region", Set.of(Roles.THERAPIST), Org.REGION, "Beroendeenheten"),
                    new Staff("reception.region", Set.of(Roles.RECEPTION), Org.REGION, "Beroendeenheten")),
            Org.KOMMUN, List.of(
                    new Staff("therapist.kommun", Set.of(Roles.THERAPIST), Org.KOMMUN, "Nexus"),
                    new Staff("socialworker.kommun", Set.of(Roles.SOCIAL_WORKER), Org.KOMMUN, "Team Vuxen"),
                    new Staff("reception.kommun", Set.of(Roles.RECEPTION), Org.KOMMUN, "Team Vuxen"),
                    new Staff("housing.kommun", Set.of(Roles.HOUSING_STAFF), Org.KOMMUN, "Skogsgläntan")));

    /** A client's consent as the replica holds it, with when it was given, so a read never precedes it. */
    record Consent(UUID consentId, Set<Org> recipients, Set<DataCategory> categories, ConsentPurpose purpose,
                   LocalDate validUntil, Instant grantedAt, @Nullable Instant revokedAt) {

        /** As {@code ConsentGrant#covers} decides it, at a moment of the history. */
        boolean covers(Org reader, Instant at, ZoneId zone) {
            return purpose == ConsentPurpose.CARE_COORDINATION && recipients.contains(reader)
                    && categories.contains(DataCategory.APPOINTMENTS) && at.isAfter(grantedAt)
                    && (revokedAt == null || at.isBefore(revokedAt)) && !validUntil.isBefore(at.atZone(zone).toLocalDate());
        }
    }

    private final ZoneId zone;

    AuditedReads(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The reads of {@code history}'s appointments and of the {@code requests} it worked through, oldest first;
     * {@code consents} are the clients' consents by client id.
     */
    List<AuditLog.PastAccess> of(CareHistory history, List<FirstVisitRequest> requests,
                                 Map<UUID, List<Consent>> consents) {
        List<AuditLog.PastAccess> reads = new ArrayList<>();
        for (CareHistory.Planned planned : history.appointments()) {
            Appointment a = planned.appointment();
            if (a.clientId() == null) {
                continue;
            }
            int draw = Math.floorMod(a.id().hashCode(), 100);
            Instant dayStarts = a.start().atZone(zone).toLocalDate().atTime(7, 45).atZone(zone).toInstant();
            reads.add(read(a, draw, "LIST", dayStarts.plusSeconds(draw), consents));
            if (draw % 2 == 0) {
                reads.add(read(a, draw / 2, "READ", a.start().minus(Duration.ofMinutes(5 + draw % 20)), consents));
            }
        }
        for (FirstVisitRequest r : requests) {
            int draw = Math.floorMod(r.id().hashCode(), 100);
            if (r.clientId() != null && draw % 3 != 0) {
                Staff reader = READERS.get(r.unitOrg()).get(draw % READERS.get(r.unitOrg()).size());
                reads.add(new AuditLog.PastAccess(r.triagedAt().plus(Duration.ofMinutes(3 + draw % 30)),
                        AuditEntry.of(reader, r.clientId(), "LIST", r.owned().resource(), "OWNER",
                                AuditEntry.Outcome.ALLOWED)));
            }
        }
        reads.sort(Comparator.comparing(AuditLog.PastAccess::at));
        return reads;
    }

    private AuditLog.PastAccess read(Appointment a, int draw, String action, Instant at,
                                     Map<UUID, List<Consent>> consents) {
        Org other = a.ownerOrg() == Org.REGION ? Org.KOMMUN : Org.REGION;
        if (draw % 5 == 0) {
            Optional<Consent> consent = consents.getOrDefault(a.clientId(), List.of()).stream()
                    .filter(c -> c.covers(other, at, zone)).findFirst();
            if (consent.isPresent()) {
                return access(at, READERS.get(other).get(draw % READERS.get(other).size()), a, action,
                        "CONSENT:" + consent.get().consentId());
            }
        }
        return access(at, READERS.get(a.ownerOrg()).get(draw % READERS.get(a.ownerOrg()).size()), a, action, "OWNER");
    }

    private static AuditLog.PastAccess access(Instant at, Staff reader, Appointment a, String action, String basis) {
        return new AuditLog.PastAccess(at, AuditEntry.of(reader, a.clientId(), action, a.owned().resource(), basis,
                AuditEntry.Outcome.ALLOWED));
    }
}
