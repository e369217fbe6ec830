package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.intake.care.CareTeam;
import se.huset.intake.consent.ConsentRegistry;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.consent.DisclosingBodyRule;
import se.huset.intake.consent.RevocationRequester;
import se.huset.intake.overview.Coordinators;
import se.huset.intake.overview.SuiteTimeline;
import se.huset.intake.overview.TimelineLines;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.EmergencySituation;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.CallerToken;
import se.huset.kit.security.Staff;
import se.huset.kit.timeline.TimelineQuery;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The client page as the reader may see it (identity, contact history, consents, care team) or the refusal page.
 * Each form on the client page posts to its own page class and re-renders the page here.
 */
@Singleton
public class ClientPageView {

    private final ClientQueries clients;
    private final ClientLookup lookup;
    private final ConsentRegistry consents;
    private final CareTeam careTeam;
    private final SuiteTimeline timeline;
    private final Coordinators coordinators;
    private final Clock clock;

    public ClientPageView(ClientQueries clients, ClientLookup lookup, ConsentRegistry consents, CareTeam careTeam,
                          SuiteTimeline timeline, Coordinators coordinators, Clock clock) {
        this.timeline = timeline;
        this.coordinators = coordinators;
        this.clients = clients;
        this.lookup = lookup;
        this.consents = consents;
        this.careTeam = careTeam;
        this.clock = clock;
    }

    /**
     * The client page with the form {@code open} names (grant, team, a consent's id) showing the user's input and
     * the page of the timeline {@code steps} asks for.
     */
    public HttpResponse<?> page(PageMessages.Translator texts, Staff staff, UUID id, TimelineQuery steps, HttpStatus status,
                                FormData form, FieldErrors errors, @Nullable String open, @Nullable String note) {
        ClientView client;
        try {
            client = clients.profile(staff, id);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return missing(staff, id, HttpStatus.NOT_FOUND, false, form, errors);
            }
            boolean consentRequired = ProblemTypes.CONSENT_REQUIRED.equals(e.problem().type());
            return missing(staff, id, HttpStatus.FORBIDDEN, consentRequired, form, errors);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", texts.dates());
        model.put("client", client);
        model.put("history", history(client));
        timeline(model, texts, staff, id, steps);
        List<ConsentView> consentList = consents.list(staff, id);
        model.put("consents", consentList);
        model.put("revocable", consentList.stream()
                .filter(k -> DisclosingBodyRule.refusesRevocation(staff, k, client.ownerOrg()).isEmpty())
                .map(ConsentView::id).collect(java.util.stream.Collectors.toSet()));
        model.put("canConsent", staff.hasAny(List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER))
                && DisclosingBodyRule.RESPONSIBLE_BODIES.contains(staff.org()));
        model.putAll(Map.of("form", form, "errors", errors));
        model.put("open", open);
        model.put("note", note);
        // a consent releases the recorder's body's data: the recipient offered is the other body, never one's own
        model.put("orgs", DisclosingBodyRule.RESPONSIBLE_BODIES.stream().filter(o -> o != staff.org()).toList());
        model.put("readerOrg", staff.org());
        model.put("requesters", RevocationRequester.values());
        model.put("categories", DataCategory.values());
        model.put("forms", ConsentForm.values());
        model.put("defaultValidUntil", LocalDate.now(clock).plusMonths(12).toString());
        model.put("statusActive", ConsentView.Status.ACTIVE);
        List<CareRelationships.Relationship> team = careTeam.visibleTo(staff, id);
        Set<String> mine = CareRelationships.partiesOf(staff);
        model.put("team", team);
        model.put("coordinators", coordinators.of(staff, id, team));
        model.put("inTeam", team != null && team.stream().anyMatch(r -> mine.contains(r.party())));
        model.put("endable", team == null ? List.of() : careTeam.endable(staff, id, team));
        model.put("teamBases", CareTeam.Basis.values());
        model.put("situations", EmergencySituation.allowedTo(staff));
        return HttpResponse.status(status).body(new ModelAndView<>("intake/client", model));
    }

    /** Why the page is refused: consent missing (with nödåtkomst offered), role not allowed, or no such client. */
    public HttpResponse<?> missing(Staff staff, UUID id, HttpStatus status, boolean consentRequired, FormData form,
                                   FieldErrors errors) {
        Optional<Org> owner = lookup.ownerOf(id);
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", id);
        model.put("found", owner.isPresent());
        model.put("consentRequired", consentRequired && owner.isPresent());
        model.put("owner", owner.orElse(null));
        model.put("readerOrg", staff.org());
        model.put("situations", EmergencySituation.allowedTo(staff));
        model.putAll(Map.of("form", form, "errors", errors));
        return HttpResponse.status(status).body(new ModelAndView<>("intake/client-missing", model));
    }

    /**
     * One page of the client's timeline across the suite, with the filter it was read with and the links to the
     * next page and back to the newest, built here rather than from the request: a form posted to a sub-path
     * re-renders this page too.
     */
    private void timeline(Map<String, Object> model, PageMessages.Translator texts, Staff staff, UUID id,
                          TimelineQuery steps) {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("the client page is rendered for a request"));
        SuiteTimeline.Merged merged = timeline.page(staff, CallerToken.of(request), id, steps);
        UriBuilder self = UriBuilder.of("/intake/clients/" + id);
        if (steps.kind() != null) {
            self.queryParam("kind", steps.kind().name());
        }
        if (steps.body() != null) {
            self.queryParam("body", steps.body().name());
        }
        model.put("timeline", TimelineLines.of(merged.entries(), texts, clock.instant()));
        model.put("timelineWithheld", TimelineLines.withheld(merged.withheld(), texts));
        model.put("timelineUnavailable", merged.unavailable());
        model.put("timelineKinds", timeline.kinds());
        model.put("timelineBodies", DisclosingBodyRule.RESPONSIBLE_BODIES);
        model.put("timelineKind", steps.kind());
        model.put("timelineBody", steps.body());
        model.put("timelineFirst", steps.firstPage() ? null : self.build().toString() + "#timeline");
        model.put("timelineNext", merged.next() == null ? null
                : UriBuilder.of(self.build()).queryParam("before", merged.next()).build().toString() + "#timeline");
    }

    /** The last 12 months by kind, every kind listed in a fixed order so the table reads the same for each client. */
    private static List<Map.Entry<ContactKind, Long>> history(ClientView client) {
        return Arrays.stream(ContactKind.values())
                .filter(k -> client.last12MonthsByKind().containsKey(k))
                .map(k -> Map.entry(k, client.last12MonthsByKind().get(k)))
                .toList();
    }
}
