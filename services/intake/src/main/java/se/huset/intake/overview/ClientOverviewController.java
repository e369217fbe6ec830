package se.huset.intake.overview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.security.Roles;
import se.huset.intake.care.CareTeam;
import se.huset.intake.client.ClientQueries;
import se.huset.intake.client.ClientView;
import se.huset.intake.consent.ConsentRegistry;
import se.huset.intake.consent.ConsentView;
import se.huset.kit.security.CallerToken;
import se.huset.kit.security.Staff;
import se.huset.kit.timeline.TimelineQuery;

import java.util.UUID;

@Controller("/api/intake/clients/{clientId}")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientOverviewController {

    private final ClientQueries clients;
    private final ConsentRegistry consents;
    private final CareTeam careTeam;
    private final Coordinators coordinators;
    private final SuiteTimeline timeline;

    public ClientOverviewController(ClientQueries clients, ConsentRegistry consents, CareTeam careTeam,
                                    Coordinators coordinators, SuiteTimeline timeline) {
        this.clients = clients;
        this.consents = consents;
        this.careTeam = careTeam;
        this.coordinators = coordinators;
        this.timeline = timeline;
    }

    /**
     * The client overview: `{"identity","consents" (active),"coordinators":{"coordinators":[{"body","party","since"}],
     * "withheld"},"timeline":[…],"withheld":[{"body","category","reason","count"}],"unavailable":["booking",…],
     * "next"}`. The timeline is read from every service with the caller's own token (each service applies the consent
     * rule and logs the read); `before` (the `next` of the page before), `kind` (CONTACT, APPOINTMENT, ENROLMENT,
     * PLACEMENT, DECISION, ASSESSMENT, …), `body` (REGION, KOMMUN), `limit` 1–100 (25). A client whose identity the
     * reader may not see answers 403 consent-required, like the client itself.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER, HOUSING_STAFF.
     */
    @Get("/overview")
    public ClientOverview overview(UUID clientId, @Nullable @QueryValue String before,
                                   @Nullable @QueryValue String kind, @Nullable @QueryValue String body,
                                   @Nullable @QueryValue String limit, HttpRequest<?> request,
                                   Authentication authentication) {
        Staff staff = Staff.of(authentication);
        TimelineQuery query = TimelineQuery.parse(before, kind, body, limit);
        ClientView client = clients.profile(staff, clientId);
        SuiteTimeline.Merged steps = timeline.page(staff, CallerToken.of(request), clientId, query);
        return new ClientOverview(new ClientView.Summary(client.id(), client.identifier(), client.identifierKind(),
                client.name(), client.ownerOrg()),
                consents.list(staff, clientId).stream().filter(c -> c.status() == ConsentView.Status.ACTIVE).toList(),
                coordinators.of(staff, clientId, careTeam.visibleTo(staff, clientId)), steps.entries(),
                steps.withheld(), steps.unavailable(), steps.next());
    }
}
