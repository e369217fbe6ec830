package se.huset.programs.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;

import java.util.Locale;

/** The catalogue is no client data: every signed-in user may read it; only ADMIN edits it. */
@Controller("/api/programs/catalog")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CatalogController {

    private final CatalogRepository catalog;
    private final EditingCatalog editing;

    public CatalogController(CatalogRepository catalog, EditingCatalog editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    /** The catalogue by name. */
    @Get
    public Page<Program> list(@Nullable @QueryValue String limit, @Nullable @QueryValue String after) {
        return catalog.page(Cursor.parse("after", after, 2).orElse(null), ListParams.limit(limit));
    }

    /**
     * `{"name","format":"INDIVIDUAL|GROUP|BOTH","goalType":"ABSTINENCE|REDUCED_USE|HARM_REDUCTION|NOT_APPLICABLE","plannedSessions","minAge"?,"orgs":["REGION","KOMMUN"],"description"}`.
     *
     * Who may call it: read: signed in; edit: ADMIN.
     */
    @Get("/{code}")
    public Program one(String code) {
        return catalog.find(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> ProblemException.notFound("programme " + code));
    }

    /** Adds or replaces a catalogue entry. */
    @Put("/{code}")
    @Secured(Roles.ADMIN)
    public Program save(String code, @Body @Valid ProgramInput input) {
        return editing.save(code, input);
    }
}
