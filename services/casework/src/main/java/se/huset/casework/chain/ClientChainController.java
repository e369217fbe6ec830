package se.huset.casework.chain;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import se.huset.casework.actualisation.Actualisation;
import se.huset.casework.actualisation.ActualisationRepository;
import se.huset.casework.decision.Decision;
import se.huset.casework.decision.DecisionRepository;
import se.huset.casework.decision.DecisionView;
import se.huset.casework.investigation.Investigation;
import se.huset.casework.investigation.InvestigationPace;
import se.huset.casework.investigation.InvestigationRepository;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/casework/clients/{clientId}")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientChainController {

    private final ActualisationRepository actualisations;
    private final InvestigationRepository investigations;
    private final DecisionRepository decisions;
    private final InvestigationPace pace;
    private final ConsentGuard guard;
    private final Clock clock;

    public ClientChainController(ActualisationRepository actualisations, InvestigationRepository investigations,
                                 DecisionRepository decisions, InvestigationPace pace, ConsentGuard guard, Clock clock) {
        this.actualisations = actualisations;
        this.investigations = investigations;
        this.decisions = decisions;
        this.pace = pace;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * A client's chain in social services, for the client overview: actualisations, investigations (with their age)
     * and decisions (with the enforcement deadline), newest first. Everything is the Kommun's SOCIAL data: its social
     * workers who work with the client read it; the other body only under a consent covering SOCIAL, and then only
     * staff with a care relationship; what the reader may not see is counted in `withheld`. Every record shown or
     * withheld is in the audit log.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Get("/chain")
    @Transactional
    public ClientChain chain(UUID clientId, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        LocalDate today = LocalDate.now(clock);
        Visible<Actualisation> matters = guard.filter(staff, actualisations.forClient(clientId), Actualisation::asRecord,
                "READ");
        Visible<Investigation> opened = guard.filter(staff, investigations.forClient(clientId), Investigation::asRecord,
                "READ");
        Visible<Decision> decided = guard.filter(staff, decisions.forClient(clientId), Decision::asRecord, "READ");
        return new ClientChain(matters.items(), opened.items().stream().map(pace::view).toList(),
                decided.items().stream().map(d -> DecisionView.of(d, today)).toList(),
                matters.withheld() + opened.withheld() + decided.withheld());
    }
}
