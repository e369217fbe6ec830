package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.Page;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/intake/contacts")
public class ContactController {


    private final RegisteringContact registering;
    private final TriagingContact triaging;
    private final ContactQueries queries;
    private final Idempotency idempotency;
    private final WorkingContact working;

    public ContactController(RegisteringContact registering, TriagingContact triaging, ContactQueries queries,
                             Idempotency idempotency, WorkingContact working) {
        this.working = working;
        this.registering = registering;
        this.triaging = triaging;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    /**
     * Register a contact → 201 with `id`, and `clientId` when the person is identified. Body: `channel`
     * PHONE|WALK_IN|REFERRAL|DIGITAL|OUTREACH, `kind`
     * SELF_APPLICATION|REPORT|REFERRAL|LOB|RELATIVE|ADVICE|ACUTE_VISIT|INPATIENT_EPISODE, `referrer`
     * SELF|RELATIVE|OTHER_PRIVATE|POLICE|PRIMARY_CARE|ADULT_PSYCHIATRY|OTHER_HEALTHCARE|SOCIAL_SERVICES|OTHER,
     * `substances` [ALCOHOL|CANNABIS|OPIOIDS|STIMULANTS|BENZODIAZEPINES|GAMBLING|OTHER], `reason` (≤ 2000), `person`
     * `{"identifier","name","phone"}` or `{"anonymous": true}` (`"reservnummer": true` accepts and flags a reserve
     * number), optional first `urgency` and `occurredAt`.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER.
     */
    @Post
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> register(@Body @Valid RegisterContactRequest request,
                                    @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                    Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("contact:" + staff.username(), idempotencyKey,
                () -> registering.register(staff, request));
    }

    /**
     * One contact (403 `…/consent-required` when it is the other body's and no consent covers it). Every contact answer
     * (register, link, lists, triage, worklist actions) shows `person` and `clientId` only where the reader may see
     * that client's identity, otherwise `identityWithheld: true`: registering a person the other body holds reveals
     * neither their stored name, phone nor client id.
     *
     * Who may call it: client-work roles.
     */
    @Get("/{id}")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public ContactView get(UUID id, Authentication authentication) {
        return queries.one(Staff.of(authentication), id);
    }

    /**
     * A page of contacts: {@code status=NEW} is the triage queue, most urgent first and then longest waiting; any
     * other list newest first. Filters: status, urgency, channel, kind, owner (body), from/to (registration date),
     * mine (taken by the reader), clientId (one client's). {@code next} leads on; {@code withheld} counts the page's contacts not shown.
     */
    @Get
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public Page<ContactView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String urgency,
                                  @Nullable @QueryValue String channel, @Nullable @QueryValue String kind,
                                  @Nullable @QueryValue String owner, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to, @Nullable @QueryValue String mine,
                                  @Nullable @QueryValue String clientId,
                                  @Nullable @QueryValue String limit, @Nullable @QueryValue String after,
                                  Authentication authentication) {
        Staff staff = Staff.of(authentication);
        ContactFilter filter = ContactFilter.parse(staff, status, urgency, channel, kind, owner, from, to, mine,
                clientId);
        int size = ListParams.limit(limit);
        return queries.list(staff, filter, Cursor.parse("after", after, ContactRepository.cursorKeys(filter)), size);
    }

    /**
     * Take a waiting contact ("Jag tar den"), or give it back to the board; 409 once it is triaged or closed.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/take")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView take(UUID id, Authentication authentication) {
        return working.take(Staff.of(authentication), id);
    }

    /**
     * `{"assignee": "username"}`: give it to a colleague of the owning body (one intake knows: staff who have opened
     * the board or worked a contact); anyone else is 400 naming `assignee`.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/assign")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView assign(UUID id, @Body @Valid AssignContactRequest request, Authentication authentication) {
        return working.assign(Staff.of(authentication), id, request.assignee());
    }

    /**
     * Take a waiting contact ("Jag tar den"), or give it back to the board; 409 once it is triaged or closed.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/release")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView release(UUID id, Authentication authentication) {
        return working.release(Staff.of(authentication), id);
    }

    /**
     * Close without triage: `{"reason": "DUPLICATE|WRONG_NUMBER|NO_CONTACT|WITHDRAWN|HANDLED_ELSEWHERE", "note"?}` (≤
     * 500). The other body's staff and service tokens get 403 and nothing changes; every take, assignment, release,
     * close and refusal is an audit row.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the owning body.
     */
    @Post("/{id}/close")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView close(UUID id, @Body @Valid CloseContactRequest request, Authentication authentication) {
        return working.close(Staff.of(authentication), id, request.reason(), request.note());
    }

    /**
     * Link an anonymous contact to the person `{"person": {"identifier": …}}`.
     *
     * Who may call it: the body that recorded it.
     */
    @Post("/{id}/link")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView link(UUID id, @Body @Valid LinkContactRequest request, Authentication authentication) {
        return registering.link(Staff.of(authentication), id, request.person());
    }

    /**
     * `{"urgency":"ACUTE|SOON|PLANNED","pathway":"SOBERING_UNIT_NOW|BEROENDEENHETEN_OUTPATIENT|NEXUS_OUTPATIENT|PRIMARY_CARE|SOCIAL_SERVICES_INVESTIGATION|RELATIVES_SUPPORT|ADVICE_ONLY","responsibleOrgs":[…],"riskFlags":["SUICIDE_RISK","PREGNANCY","CHILDREN_IN_HOME","VIOLENCE"],"auditScore":0-40,"duditScore":0-44,"note":"…"}`;
     * the answer carries reminders (children in the home: the duty to report concern, SoL 14 kap. 1 §); a second triage
     * is 409.
     *
     * Who may call it: RECEPTION, THERAPIST, SOCIAL_WORKER of the owning body (a consent lets the other body read a
     * contact, never triage it: 403, logged `NOT_OWNER`).
     */
    @Post("/{id}/triage")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView triage(UUID id, @Body @Valid TriageRequest request, Authentication authentication) {
        return triaging.triage(Staff.of(authentication), id, request);
    }
}
