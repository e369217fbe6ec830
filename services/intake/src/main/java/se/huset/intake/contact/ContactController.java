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

    @Post
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public HttpResponse<?> register(@Body @Valid RegisterContactRequest request,
                                    @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                    Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("contact:" + staff.username(), idempotencyKey,
                () -> registering.register(staff, request));
    }

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

    @Post("/{id}/take")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView take(UUID id, Authentication authentication) {
        return working.take(Staff.of(authentication), id);
    }

    @Post("/{id}/assign")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView assign(UUID id, @Body @Valid AssignContactRequest request, Authentication authentication) {
        return working.assign(Staff.of(authentication), id, request.assignee());
    }

    @Post("/{id}/release")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView release(UUID id, Authentication authentication) {
        return working.release(Staff.of(authentication), id);
    }

    @Post("/{id}/close")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView close(UUID id, @Body @Valid CloseContactRequest request, Authentication authentication) {
        return working.close(Staff.of(authentication), id, request.reason(), request.note());
    }

    @Post("/{id}/link")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView link(UUID id, @Body @Valid LinkContactRequest request, Authentication authentication) {
        return registering.link(Staff.of(authentication), id, request.person());
    }

    @Post("/{id}/triage")
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER})
    public ContactView triage(UUID id, @Body @Valid TriageRequest request, Authentication authentication) {
        return triaging.triage(Staff.of(authentication), id, request);
    }
}
