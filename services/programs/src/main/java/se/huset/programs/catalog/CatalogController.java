package se.huset.programs.catalog;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import se.huset.contracts.security.Roles;
import se.huset.kit.problem.ProblemException;

import java.util.List;
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

    @Get
    public List<Program> list() {
        return catalog.all();
    }

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
