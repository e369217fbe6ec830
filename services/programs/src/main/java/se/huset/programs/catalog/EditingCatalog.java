package se.huset.programs.catalog;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.huset.kit.problem.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** An ADMIN's change to the catalogue, from the API or the edit page, checked the same way for both. */
@Singleton
public class EditingCatalog {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final CatalogRepository catalog;
    private final Validator validator;

    public EditingCatalog(CatalogRepository catalog, Validator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    public Program save(String code, ProgramInput input) {
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "must be 2–32 capital letters, digits or _, e.g. CRA");
        }
        validator.validate(input).stream()
                .min(Comparator.comparing((ConstraintViolation<ProgramInput> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String field = v.getPropertyPath().toString().replaceAll("\\[\\d*]|<[^>]*>", "").replaceAll("\\.$", "");
                    throw ProblemException.invalid(field, v.getMessage());
                });
        Program program = new Program(code, input.name().strip(), input.format(), input.goalType(),
                input.plannedSessions(), input.minAge(), List.copyOf(input.orgs()), input.description().strip());
        catalog.save(program);
        return program;
    }
}
