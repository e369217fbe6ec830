package se.huset.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.intake.care.CareTeam;
import se.huset.intake.client.ClientQueries;
import se.huset.intake.client.ClientSearchTerm;
import se.huset.intake.client.ClientView;
import se.huset.intake.consent.ConsentRegistry;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.consent.DisclosingBodyRule;
import se.huset.intake.consent.GrantConsentRequest;
import se.huset.intake.consent.RevocationRequester;
import se.huset.intake.consent.RevokeConsentRequest;
import se.huset.intake.contact.ContactFilter;
import se.huset.intake.contact.ContactRepository;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.consent.EmergencyAccess;
import se.huset.kit.consent.EmergencyAccessController;
import se.huset.kit.consent.EmergencySituation;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.kit.web.FieldErrors;
import se.huset.kit.web.FormData;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageLinks;
import se.huset.kit.web.PageMessages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Client search and the client page: identity, contact history, consent status with the grant and revoke forms,
 * and, when consent is missing, an honest refusal that offers emergency access (nödåtkomst).
 */
@Controller("/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientPages {

    private static final int SEARCH_LIMIT = 50;
    /** A frequent attender has tens of contacts a year: the page shows the newest, the rest a page at a time. */
    static final int CONTACTS_PAGE = 25;
    private static final Set<String> NOTES = Set.of("granted", "revoked", "emergency", "teamAdded", "teamEnded");

    private final ClientQueries clients;
    private final ClientLookup lookup;
    private final ConsentRegistry consents;
    private final EmergencyAccess emergency;
    private final CareTeam careTeam;
    private final Validator validator;
    private final PageMessages messages;
    private final Clock clock;

    public ClientPages(ClientQueries clients, ClientLookup lookup, ConsentRegistry consents,
                       EmergencyAccess emergency, CareTeam careTeam, Validator validator, PageMessages messages,
                       Clock clock) {
        this.careTeam = careTeam;
        this.clients = clients;
        this.lookup = lookup;
        this.consents = consents;
        this.emergency = emergency;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The search, a page of hits at a time (newest clients first); a bad cursor or term is said on the page. */
    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String after,
                                  HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FieldErrors errors = messages.forRequest(request).errors();
        Map<String, Object> model = new HashMap<>();
        String text = q == null ? "" : q.strip();
        model.put("q", text);
        model.put("errors", errors);
        model.put("otherOrg", TriageBoard.otherOrg(staff.org()));
        if (!text.isEmpty()) {
            try {
                ClientSearchTerm term = ClientSearchTerm.parse("q", text, LocalDate.now(clock));
                Page<ClientView.Summary> results = clients.search(staff, term, Cursor.parse("after", after, 2),
                        SEARCH_LIMIT);
                model.put("results", results);
                model.put("next", PageLinks.next(request, results));
                model.put("first", PageLinks.first(request));
            } catch (ProblemException e) {
                errors.add(e);
                model.put("first", PageLinks.first(request));
                return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("intake/clients", model));
            }
        }
        return HttpResponse.ok(new ModelAndView<>("intake/clients", model));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> client(UUID id, @Nullable @QueryValue String note, @Nullable @QueryValue String after,
                                  HttpRequest<?> request, Authentication authentication) {
        PageMessages.Translator texts = messages.forRequest(request);
        Optional<Cursor> contactsAfter = Cursor.parse("after", after, ContactRepository.cursorKeys(ContactFilter.ofClient(id)));
        return page(texts.dates(), Staff.of(authentication), id, contactsAfter, HttpStatus.OK, FormData.empty(),
                texts.errors(), null, note != null && NOTES.contains(note) ? note : null);
    }

    @Post("/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> grant(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                 Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        LocalDate validUntil = null;
        if (!form.value("validUntil").isEmpty()) {
            try {
                validUntil = LocalDate.parse(form.value("validUntil"));
            } catch (DateTimeParseException e) {
                errors.add("validUntil", "must be a date");
            }
        }
        GrantConsentRequest command = new GrantConsentRequest(Enums.many(Org.class, form, "recipientOrgs", errors),
                Enums.many(DataCategory.class, form, "categories", errors), ConsentPurpose.CARE_COORDINATION,
                Enums.one(ConsentForm.class, form, "form", errors), validUntil);
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                consents.grant(staff, id, command);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=granted#consents"));
            } catch (ProblemException e) {
                if (e.problem().status() == 403) {
                    // a recipient recording access for itself: said where the recipients are chosen
                    errors.add("recipientOrgs", e.problem().detail());
                } else {
                    errors.add(e);
                }
            }
        }
        return page(messages.forRequest(request).dates(), staff, id, Optional.empty(), HttpStatus.BAD_REQUEST, form, errors, "grant", null);
    }

    @Post("/{id}/consents/{consentId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> revoke(UUID id, UUID consentId, @Nullable @Body Map<String, Object> body,
                                  HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        RevokeConsentRequest command = new RevokeConsentRequest(form.value("reason"),
                Enums.one(RevocationRequester.class, form, "requestedBy", errors));
        errors.addAll(validator.validate(command));
        if (errors.isEmpty()) {
            try {
                consents.revoke(staff, consentId, command);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=revoked#consents"));
            } catch (ProblemException e) {
                if (e.problem().status() == 409) {
                    errors.add(FieldErrors.FORM, texts.text("client.revoke.already"));
                } else {
                    errors.add(e);
                }
            }
        }
        return page(texts.dates(), staff, id, Optional.empty(), HttpStatus.BAD_REQUEST, form, errors, consentId.toString(), null);
    }

    @Post("/{id}/emergency-access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> openEmergency(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                         Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        FieldErrors errors = messages.forRequest(request).errors();
        if (lookup.ownerOf(id).isEmpty()) {
            return page(messages.forRequest(request).dates(), staff, id, Optional.empty(), HttpStatus.NOT_FOUND, form, errors, null, null);
        }
        EmergencySituation situation = Enums.one(EmergencySituation.class, form, "situation", errors);
        String explanation = form.value("explanation");
        errors.addAll(validator.validate(new EmergencyAccessController.OpenRequest(id, situation, explanation)));
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                emergency.open(staff, id, situation, explanation);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=emergency"));
            } catch (ProblemException e) {
                switch (e.problem().status()) {
                    // a second submit while the first opening is live: the client is open, so show it
                    case 409 -> {
                        return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=emergency"));
                    }
                    case 403 -> {
                        status = HttpStatus.FORBIDDEN;
                        // said at the select when there is one; a role offered none has only the form
                        errors.add(EmergencySituation.allowedTo(staff).isEmpty() ? FieldErrors.FORM : "situation",
                                messages.forRequest(request).text("emergency.situation.refused"));
                    }
                    default -> errors.add(e);
                }
            }
        }
        return missing(staff, id, status, true, form, errors);
    }

    /** Adds a colleague or a unit to the client's care team (the API's rule: a member or reception, never oneself). */
    @Post("/{id}/care-team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> addToCareTeam(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request,
                                         Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        CareTeam.Basis basis = Enums.one(CareTeam.Basis.class, form, "basis", errors);
        String kind = "unit".equals(form.value("partyKind")) ? "unit:" : "user:";
        if (form.value("partyName").isBlank()) {
            errors.add("party", texts.text("client.team.partyMissing"));
        }
        if (errors.isEmpty()) {
            try {
                careTeam.add(staff, id, kind + form.value("partyName").strip(), basis);
                return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=teamAdded#care-team"));
            } catch (ProblemException e) {
                if (e.problem().status() == 403) {
                    errors.add("party", texts.text("client.team.refused"));
                } else {
                    errors.add(e);
                }
            }
        }
        return page(texts.dates(), staff, id, Optional.empty(), HttpStatus.BAD_REQUEST, form, errors, "team", null);
    }

    /** Ends one relationship of the care team. */
    @Post("/{id}/care-team/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> endCareRelationship(UUID id, @Nullable @Body Map<String, Object> body,
                                               HttpRequest<?> request, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        FormData form = FormData.from(body);
        PageMessages.Translator texts = messages.forRequest(request);
        FieldErrors errors = texts.errors();
        try {
            careTeam.end(staff, id, form.value("party"), form.value("ref"));
            return HttpResponse.seeOther(URI.create("/intake/clients/" + id + "?note=teamEnded#care-team"));
        } catch (ProblemException e) {
            errors.add(FieldErrors.FORM, e.problem().status() == 403 ? texts.text("client.team.refused")
                    : e.problem().detail());
        }
        return page(texts.dates(), staff, id, Optional.empty(), HttpStatus.BAD_REQUEST, form, errors, "team", null);
    }

    /**
     * The care team as the reader may see it: null when they are neither in it nor the reception of a body that
     * took a contact from the client (the page then says so, without names).
     */
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

    /** The client page, or the refusal page when the reader's body may not see this client. */
    private HttpResponse<?> page(PageDates fmt, Staff staff, UUID id, Optional<Cursor> contactsAfter, HttpStatus status,
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
        model.put("otherOrg", TriageBoard.otherOrg(staff.org()));
        model.put("canConsent", staff.hasAny(List.of(Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER))
                && TriageBoard.RESPONSIBLE.contains(staff.org()));
        model.put("form", form);
        model.put("errors", errors);
        model.put("open", open);
        model.put("note", note);
        // a consent releases the recorder's body's data: the recipient offered is the other body, never one's own
        model.put("orgs", TriageBoard.RESPONSIBLE.stream().filter(o -> o != staff.org()).toList());
        model.put("readerOrg", staff.org());
        model.put("requesters", RevocationRequester.values());
        model.put("categories", DataCategory.values());
        model.put("forms", ConsentForm.values());
        model.put("defaultValidUntil", LocalDate.now(clock).plusMonths(12).toString());
        model.put("statusActive", ConsentView.Status.ACTIVE);
        List<CareRelationships.Relationship> team = teamFor(staff, id);
        Set<String> mine = CareRelationships.partiesOf(staff);
        model.put("team", team);
        model.put("inTeam", team != null && team.stream().anyMatch(r -> mine.contains(r.party())));
        model.put("endable", team == null ? List.of() : careTeam.endable(staff, id, team));
        model.put("teamBases", CareTeam.Basis.values());
        model.put("situations", EmergencySituation.allowedTo(staff));
        return HttpResponse.status(status).body(new ModelAndView<>("intake/client", model));
    }

    /** Why the page is refused: consent missing (with nödåtkomst offered), role not allowed, or no such client. */
    private HttpResponse<?> missing(Staff staff, UUID id, HttpStatus status, boolean consentRequired, FormData form,
                                    FieldErrors errors) {
        Optional<Org> owner = lookup.ownerOf(id);
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", id);
        model.put("found", owner.isPresent());
        model.put("consentRequired", consentRequired && owner.isPresent());
        model.put("owner", owner.orElse(null));
        model.put("readerOrg", staff.org());
        model.put("situations", EmergencySituation.allowedTo(staff));
        model.put("form", form);
        model.put("errors", errors);
        return HttpResponse.status(status).body(new ModelAndView<>("intake/client-missing", model));
    }

    /** The last 12 months by kind, every kind listed in a fixed order so the table reads the same for each client. */
    private static List<Map.Entry<ContactKind, Long>> history(ClientView client) {
        return java.util.Arrays.stream(ContactKind.values())
                .filter(k -> client.last12MonthsByKind().containsKey(k))
                .map(k -> Map.entry(k, client.last12MonthsByKind().get(k)))
                .toList();
    }
}
