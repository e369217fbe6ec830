package se.huset.housing.demo;

import se.huset.contracts.security.Roles;
import se.huset.housing.alert.Alert;
import se.huset.housing.decision.Decision;
import se.huset.housing.placement.Placement;
import se.huset.kit.demo.DemoTime;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit rows of a housing history, as the consent guard writes them: the social worker's writes (CREATE of a
 * decision and a placement, PLACE from the queue, END, the alert's ACKNOWLEDGE and CLOSE, each with the READ the
 * use case makes first), and then the reads of the years (the board's and a unit's residents' LIST, a placement's
 * or a decision's READ, a client's decisions' LIST), by the Kommun's social worker and housing staff. All the
 * clients are the Kommun's own, so the basis is always OWNER.
 */
final class HousingAccesses {

    static final String HOUSING_STAFF = "housing.kommun";
    private static final String KOMMUN = "KOMMUN";
    /** Reads of a placement go on for two weeks after the move-out: the aftercare follow-up. */
    private static final Duration READ_AFTER_END = Duration.ofDays(14);

    private final List<AuditLog.PastAccess> rows = new ArrayList<>();
    private final DemoTime time;
    private final Random rnd;

    private HousingAccesses(DemoTime time, Random rnd) {
        this.time = time;
        this.rnd = rnd;
    }

    /** Housing's share of the scale's audit rows (county: 100,000 of the million). */
    static int rows(DemoScale scale) {
        return scale == DemoScale.COUNTY ? 100_000 : 5_000;
    }

    static List<AuditLog.PastAccess> of(DemoScale scale, List<Decision> decisions, List<Placement> placements,
                                        List<Alert> alerts, DemoTime time, Random rnd) {
        HousingAccesses accesses = new HousingAccesses(time, rnd);
        Map<UUID, Decision> byId = decisions.stream().collect(Collectors.toMap(Decision::id, Function.identity()));
        decisions.forEach(d -> accesses.worked(d.recordedAt(), d.clientId(), "CREATE", decision(d.id())));
        for (Placement p : placements) {
            accesses.work(p, p.decisionId() == null ? null : byId.get(p.decisionId()));
        }
        for (Alert a : alerts) {
            if (a.acknowledgedAt() != null) {
                accesses.worked(a.acknowledgedAt(), a.clientId(), "READ", "alert/" + a.id());
                accesses.worked(a.acknowledgedAt(), a.clientId(), "ACKNOWLEDGE", "alert/" + a.id());
            }
            if (a.closedAt() != null) {
                accesses.worked(a.closedAt(), a.clientId(), "READ", "alert/" + a.id());
                accesses.worked(a.closedAt(), a.clientId(), "CLOSE", "alert/" + a.id());
            }
        }
        int reads = rows(scale) - accesses.rows.size();
        for (int i = 0; i < reads && !placements.isEmpty(); i++) {
            Placement p = placements.get(rnd.nextInt(placements.size()));
            accesses.read(p, p.decisionId() == null ? null : byId.get(p.decisionId()));
        }
        accesses.rows.sort(Comparator.comparing(AuditLog.PastAccess::at));
        return accesses.rows;
    }

    /** What PlacingClient and EndingPlacement audit: the decision read, the CREATE, a PLACE from the queue, the END. */
    private void work(Placement p, Decision decision) {
        String resource = "placement/" + p.id();
        if (decision != null) {
            worked(p.requestedAt(), p.clientId(), "READ", decision(decision.id()));
        }
        worked(p.requestedAt(), p.clientId(), "CREATE", resource);
        if (p.placedAt() != null && p.placedAt().isAfter(p.requestedAt())) {
            worked(p.placedAt(), p.clientId(), "READ", resource);
            if (decision != null) {
                worked(p.placedAt(), p.clientId(), "READ", decision(decision.id()));
            }
            worked(p.placedAt(), p.clientId(), "PLACE", resource);
        }
        if (p.endedAt() != null) {
            worked(p.endedAt(), p.clientId(), "READ", resource);
            worked(p.endedAt(), p.clientId(), "END", resource);
        }
    }

    /** One read while the placement is on the books: the lists and details staff open in a working day. */
    private void read(Placement p, Decision decision) {
        Instant from = p.requestedAt();
        Instant until = p.endedAt() == null ? time.now() : min(time.now(), p.endedAt().plus(READ_AFTER_END));
        Instant at = workingHour(from, until);
        String placement = "placement/" + p.id();
        double draw = rnd.nextDouble();
        if (draw < 0.40) {
            add(at, HOUSING_STAFF, Roles.HOUSING_STAFF, p.clientId(), "LIST", placement);
        } else if (draw < 0.60) {
            add(at, HousingHistory.SOCIAL_WORKER, Roles.SOCIAL_WORKER, p.clientId(), "READ", placement);
        } else if (draw < 0.72) {
            add(at, HOUSING_STAFF, Roles.HOUSING_STAFF, p.clientId(), "READ", placement);
        } else if (decision == null) {
            add(at, HousingHistory.SOCIAL_WORKER, Roles.SOCIAL_WORKER, p.clientId(), "LIST", placement);
        } else if (draw < 0.88) {
            add(at, HousingHistory.SOCIAL_WORKER, Roles.SOCIAL_WORKER, p.clientId(),
                    "LIST", decision(decision.id()));
        } else {
            add(at, HOUSING_STAFF, Roles.HOUSING_STAFF, p.clientId(), "READ",
                    decision(decision.id()));
        }
    }

    /** A moment between 07:30 and 18:00 of a day in the span, kept inside the span. */
    private Instant workingHour(Instant from, Instant until) {
        LocalDate first = LocalDate.ofInstant(from, ClinicTime.ZONE);
        long days = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(until, ClinicTime.ZONE));
        LocalDate day = first.plusDays(days <= 0 ? 0 : rnd.nextLong(days + 1));
        Instant at = time.at(day, LocalTime.of(7, 30).plusMinutes(rnd.nextInt(630)));
        return max(from, min(until, at));
    }

    private void worked(Instant at, UUID clientId, String action, String resource) {
        add(at, HousingHistory.SOCIAL_WORKER, Roles.SOCIAL_WORKER, clientId, action, resource);
    }

    private void add(Instant at, String username, String roles, UUID clientId, String action, String resource) {
        rows.add(new AuditLog.PastAccess(at, new AuditEntry(username, KOMMUN, roles, clientId, action, resource,
                "OWNER", AuditEntry.Outcome.ALLOWED)));
    }

    private static String decision(UUID id) {
        return "decision/" + id;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
