package se.huset.intake.care;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.CareRelationships;
import se.huset.kit.list.ListParams;
import se.huset.kit.security.Staff;

import java.util.List;
import java.util.UUID;

/** A client's care team in the reader's body: who works with the client, the basis of need-to-know. */
@Controller("/api/intake/clients/{clientId}/care-team")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class CareTeamController {

    private final CareTeam team;

    public CareTeamController(CareTeam team) {
        this.team = team;
    }

    @Serdeable
    public record AddRequest(@Nullable String party, @Nullable String basis) {
    }

    /**
     * Who in your body works with the client: `[{"party": "user:…"|"unit:…", "basis":
     * "CONTACT_UNIT|ASSIGNED|COORDINATOR|TREATMENT", "ref", "ownerOrg", "startedAt"}]`.
     *
     * Who may call it: members of the client's care team in your body, and the reception of a body holding a contact of
     * the client; anyone else 403, logged `NOT_IN_CARE_TEAM`.
     */
    @Get
    public List<CareRelationships.Relationship> list(UUID clientId, Authentication authentication) {
        return team.of(Staff.of(authentication), clientId);
    }

    /** {@code {"party": "user:anna.lindqvist" | "unit:Nexus", "basis": "COORDINATOR" | "TREATMENT"}}. */
    @Post
    @Status(HttpStatus.CREATED)
    public CareRelationships.Relationship add(UUID clientId, @Body AddRequest request, Authentication authentication) {
        return team.add(Staff.of(authentication), clientId, request.party(),
                ListParams.choice("basis", request.basis(), CareTeam.Basis.class));
    }

    /**
     * Ends one relationship (204); its row stays, with its end, for the log. A relationship from a contact or the
     * triage board is 409: it ends with them.
     *
     * Who may call it: members of the client's care team in your body, and the reception of a body holding a contact of
     * the client; a care-team relationship (`ref` `team:…`) is ended by its own party, the client's coordinator, the
     * reception of a body holding a contact of the client, or, while there is no coordinator, any member; anyone else
     * 403, logged `NOT_COORDINATOR`.
     */
    @Delete
    public HttpResponse<Void> end(UUID clientId, @Nullable @QueryValue String party, @Nullable @QueryValue String ref,
                                  Authentication authentication) {
        team.end(Staff.of(authentication), clientId, party, ref);
        return HttpResponse.noContent();
    }
}
