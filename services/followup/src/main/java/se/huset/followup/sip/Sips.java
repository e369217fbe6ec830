package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;
import se.huset.followup.FollowupSettings;
import se.huset.followup.Inputs;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.OwnedRecord;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** SIP plans: both bodies plan together, so a plan needs the client's consent to the other body's data. */
@Singleton
public class Sips {

    static final String RESOURCE = "sip";

    private final SipRepository repository;
    private final ConsentGuard guard;
    private final FollowupSettings settings;
    private final Clock clock;

    public Sips(SipRepository repository, ConsentGuard guard, FollowupSettings settings, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    @Serdeable
    public record SipRequest(@Nullable String clientId, @Nullable String reviewOn) {
    }

    @Serdeable
    public record SipUpdate(@Nullable String status, @Nullable String adherence, @Nullable String reviewOn) {
    }

    @Transactional
    public SipPlan create(Staff staff, SipRequest r) {
        UUID clientId = Inputs.uuid("clientId", r.clientId());
        LocalDate review = reviewOn(r.reviewOn());
        Org own = org(staff);
        Org other = own == Org.REGION ? Org.KOMMUN : Org.REGION;
        boolean consented = guard.decide(staff, List.of(new OwnedRecord(clientId, other,
                other == Org.REGION ? DataCategory.CARE : DataCategory.SOCIAL, RESOURCE))).get(0).allowed();
        if (!consented) {
            throw ProblemException.unprocessable("a SIP needs the client's consent to share with the other body");
        }
        SipPlan p = new SipPlan(UUID.randomUUID(), clientId, own.name(), SipPlan.Status.CALLED, null, review, false,
                staff.username(), clock.instant());
        repository.insert(p);
        guard.wrote(staff, clientId, "SIP_CALLED", RESOURCE);
        return p;
    }

    @Transactional
    public SipPlan update(Staff staff, UUID id, SipUpdate u) {
        SipPlan p = repository.find(id, settings.today()).orElseThrow(() -> ProblemException.notFound("SIP " + id));
        if (!p.ownerOrg().equals(org(staff).name())) {
            throw ProblemException.forbidden("the SIP is kept by the other body");
        }
        SipPlan.Status status = Inputs.oneOf("status", u.status(), SipPlan.Status.class);
        SipPlan.Adherence adherence = u.adherence() == null || u.adherence().isBlank() ? p.adherence()
                : Inputs.oneOf("adherence", u.adherence(), SipPlan.Adherence.class);
        LocalDate review = u.reviewOn() == null || u.reviewOn().isBlank() ? p.reviewOn() : reviewOn(u.reviewOn());
        repository.update(id, status, adherence, review);
        guard.wrote(staff, p.clientId(), "SIP_" + status.name(), RESOURCE);
        return repository.find(id, settings.today()).orElseThrow();
    }

    @Transactional
    public Visible<SipPlan> forClient(Staff staff, UUID clientId) {
        return guard.filter(staff, repository.forClient(clientId, settings.today()), p -> new OwnedRecord(p.clientId(),
                Org.valueOf(p.ownerOrg()), DataCategory.FOLLOWUP, RESOURCE), "SIPS_READ");
    }

    private static LocalDate reviewOn(@Nullable String text) {
        LocalDate d = Inputs.optionalDate("reviewOn", text);
        if (d == null) {
            throw ProblemException.invalid("reviewOn", "is required");
        }
        return d;
    }

    private static Org org(Staff staff) {
        if (staff.org() != Org.REGION && staff.org() != Org.KOMMUN) {
            throw ProblemException.forbidden("only staff of the Region or the Kommun keep SIPs");
        }
        return staff.org();
    }
}
