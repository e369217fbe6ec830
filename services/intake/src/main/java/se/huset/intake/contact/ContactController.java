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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/intake/contacts")
public class ContactController {

    private final RegisteringContact registering;
    private final TriagingContact triaging;
    private final ContactQueries queries;
    private final Idempotency idempotency;

    public ContactController(RegisteringContact registering, TriagingContact triaging, ContactQueries queries,
                             Idempotency idempotency) {
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

    /** {@code status=NEW} is the triage queue: most urgent first, then longest waiting. */
    @Get
    @Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
    public Visible<ContactView> list(@Nullable @QueryValue Contact.Status status,
                                     @QueryValue(defaultValue = "100") @Min(1) @Max(500) int limit,
                                     Authentication authentication) {
        return queries.list(Staff.of(authentication), status, limit);
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
