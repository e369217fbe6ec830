package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.EmergencySituation;
import se.huset.kit.list.Cursor;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** A frequent attender has tens of contacts a year: the page shows the newest, the rest a page at a time. */
    static final int CONTACTS_PAGE = 25;

    private final ClientQueries clients;
    private final ClientLookup lookup;
    private final ConsentRegistry consents;
    private final CareTeam careTeam;
    private final SocialServicesChain socialServices;
    private final Clock clock;

    public ClientPageView(ClientQueries clients, ClientLookup lookup, ConsentRegistry consents, CareTeam careTeam,
                          SocialServicesChain socialServices, Clock clock) {
        this.socialServices = socialServices;
        this.clients = clients;
        this.lookup = lookup;
        this.consents = consents;
        this.careTeam = careTeam;
        this.clock = clock;
    }

    /** The client page with the form {@code open} names (grant, team, a consent's id) showing the user's input. */
    public HttpResponse<?> page(PageDates fmt, Staff staff, UUID id, Optional<Cursor> contactsAfter, HttpStatus status,
                                FormData form, FieldErrors errors, @Nullable String open, @Nullable String note) {
        ClientView client;
        try {
            client = clients.get(staff, id, contactsAfter, CONTACTS_PAGE);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return missing(staff, id, HttpStatus.NOT_FOUND, false, form, errors);
            }
            boolean consentRequired = ProblemTypes.CONSENT_REQUIRED.equals(e.problem().type());
            return missing(staff, id, HttpStatus.FORBIDDEN, consentRequired, form, errors);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", fmt);
        model.put("client", client);
        model.put("history", history(client));
        // built here, not from the request: a form posted to a sub-path re-renders this page too
        String self = "/intake/clients/" + id;
        model.put("contactsNext", client.contacts().hasNext()
                ? self + "?after=" + URLEncoder.encode(client.contacts().next(), StandardCharsets.UTF_8) : null);
        model.put("contactsFirst", contactsAfter.isPresent() ? self : null);
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
        List<CareRelationships.Relationship> team = teamFor(staff, id);
        Set<String> mine = CareRelationships.partiesOf(staff);
        model.put("socialServices", socialServices.of(id));
        model.put("team", team);
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

    /** The care team as the reader may see it: null when not in it nor its reception (said, without names). */
    private @Nullable List<CareRelationships.Relationship> teamFor(Staff staff, UUID id) {
        try {
            return careTeam.of(staff, id);
        } catch (ProblemException e) {
            if (e.problem().status() == 403) {
                return null;
            }
            throw e;
        }
    }

    /** The last 12 months by kind, every kind listed in a fixed order so the table reads the same for each client. */
    private static List<Map.Entry<ContactKind, Long>> history(ClientView client) {
        return Arrays.stream(ContactKind.values())
                .filter(k -> client.last12MonthsByKind().containsKey(k))
                .map(k -> Map.entry(k, client.last12MonthsByKind().get(k)))
                .toList();
    }
}
