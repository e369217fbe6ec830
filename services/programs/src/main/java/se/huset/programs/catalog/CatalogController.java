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
import java.util.regex.Pattern;

/** The catalogue is no client data: every signed-in user may read it; only ADMIN edits it. */
@Controller("/api/programs/catalog")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CatalogController {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final CatalogRepository catalog;

    public CatalogController(CatalogRepository catalog) {
        this.catalog = catalog;
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
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "must be 2–32 capital letters, digits or _, e.g. CRA");
        }
        Program program = new Program(code, input.name().strip(), input.format(), input.goalType(),
                input.plannedSessions(), input.minAge(), List.copyOf(input.orgs()), input.description().strip());
        catalog.save(program);
        return program;
    }
}
