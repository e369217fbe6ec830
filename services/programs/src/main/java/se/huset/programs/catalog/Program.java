package se.huset.programs.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A treatment programme in the catalogue: how it is delivered, what it aims for, who offers it. */
@Serdeable
public record Program(String code, String name, Format format, GoalType goalType, int plannedSessions,
                      @Nullable Integer minAge, List<String> orgs, String description) {

    public enum Format { INDIVIDUAL, GROUP, BOTH }

    /** Teams disagree on abstinence versus reduced use, so each programme records its aim. */
    public enum GoalType { ABSTINENCE, REDUCED_USE, HARM_REDUCTION, NOT_APPLICABLE }

    public boolean inGroups() {
        return format != Format.INDIVIDUAL;
    }

    public boolean individually() {
        return format != Format.GROUP;
    }
}
