package se.huset.rollout.training;

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
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import java.util.List;

@Controller("/api/rollout/trainings")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF, Roles.STEERING,
    Roles.RESEARCHER, Roles.AUDITOR, Roles.ADMIN, Roles.USER_ORG})
public class TrainingController {

    private final TrainingRegister register;
    private final Idempotency idempotency;

    public TrainingController(TrainingRegister register, Idempotency idempotency) {
        this.register = register;
        this.idempotency = idempotency;
    }

    /** The register newest first, a page at a time ({@code ?after=&limit=}), with the totals of all of it. */
    @Get
    public Register page(@Nullable @QueryValue String after, @Nullable @QueryValue String limit) {
        Page<TrainingEvent> page = register.page(Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
        return new Register(page.items(), page.next(), register.totals());
    }

    /**
     * Joint training: `title`, `heldOn`, `hours`, participants `region`, `kommun`, `userOrg`; read newest first a page
     * at a time (`?after=&limit=`, `next`), with the totals of the whole register; the dashboard shows the newest ten
     * and links to the register page `/rollout/trainings`.
     *
     * Who may call it: read: all staff, USER_ORG; write: STEERING.
     */
    @Post
    @Secured(Roles.STEERING)
    public HttpResponse<?> create(@Valid @Body RegisterTrainingRequest request,
                                  @Nullable @Header(Idempotency.HEADER) String key, Authentication authentication) {
        Staff staff = Staff.of(authentication);
        return idempotency.created("rollout.training", key, () -> register.register(staff, request));
    }

    @Serdeable
    public record Register(List<TrainingEvent> events, @Nullable String next, TrainingRegister.Totals totals) {
    }
}
