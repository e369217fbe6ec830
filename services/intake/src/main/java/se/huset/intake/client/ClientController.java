package se.huset.intake.client;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.Visible;
import se.huset.kit.security.Staff;

import java.util.UUID;

@Controller("/api/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientController {

    private final ClientQueries queries;

    public ClientController(ClientQueries queries) {
        this.queries = queries;
    }

    @Get("/{clientId}")
    public ClientView get(UUID clientId, Authentication authentication) {
        return queries.get(Staff.of(authentication), clientId);
    }

    /** Search by identifier or name (at least 3 characters); clients the reader may not see are counted, not shown. */
    @Get
    public Visible<ClientView.Summary> search(@QueryValue @Size(min = 3, max = 100) String q,
                                              @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                              Authentication authentication) {
        return queries.search(Staff.of(authentication), q, limit);
    }
}
