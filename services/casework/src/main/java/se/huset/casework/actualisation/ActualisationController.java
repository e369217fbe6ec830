package se.huset.casework.actualisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.util.Map;
import java.util.UUID;

@Controller("/api/casework/actualisations")
@Secured(Roles.SOCIAL_WORKER)
public class ActualisationController {

    private final ActualisationRepository actualisations;
    private final AssessingActualisation assessing;
    private final ConsentGuard guard;

    public ActualisationController(ActualisationRepository actualisations, AssessingActualisation assessing,
                                   ConsentGuard guard) {
        this.actualisations = actualisations;
        this.assessing = assessing;
        this.guard = guard;
    }

    /**
     * Social services' queue: the matters awaiting a förhandsbedömning, oldest first, a page at a time (`limit`,
     * `after`), optionally of one `source` (APPLICATION, REPORT, LOB, REFERRAL). The Kommun's social workers read it;
     * anyone else has every row withheld (`withheld` counts them).
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get
    @Transactional
    public Page<Actualisation> waiting(@Nullable @QueryValue String source, @Nullable @QueryValue String limit,
                                       @Nullable @QueryValue String after, Authentication authentication) {
        return guard.page(Staff.of(authentication), actualisations.waiting(
                ListParams.choice("source", source, ActualisationSource.class), Cursor.parse("after", after, 2).orElse(null),
                ListParams.limit(limit)), Actualisation::asRecord, "LIST");
    }

    /**
     * How many matters await a förhandsbedömning, per source: counts only, no client.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get("/counts")
    public Map<ActualisationSource, Long> counts() {
        return actualisations.waitingBySource();
    }

    /**
     * One matter (403 `…/consent-required` to a reader outside the Kommun's social services).
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Get("/{id}")
    @Transactional
    public Actualisation get(UUID id, Authentication authentication) {
        Actualisation matter = actualisations.findById(id).orElseThrow(() -> ProblemException.notFound("Actualisation " + id));
        return guard.read(Staff.of(authentication), matter.asRecord(), "READ", matter);
    }

    /**
     * The förhandsbedömning `{"open":true,"law":"SOL|LVM"}` or `{"open":false,"reason":"…"}`: an opening makes an
     * investigation with the caller as its handler; 409 when a colleague assessed the matter first or when it names
     * no client yet.
     *
     * Who may call it: SOCIAL_WORKER.
     */
    @Post("/{id}/assessment")
    public Assessment assess(UUID id, @Body @Valid AssessmentRequest request, Authentication authentication) {
        return assessing.assess(Staff.of(authentication), id, request);
    }
}
