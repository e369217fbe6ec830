package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A cohort running one programme. Groups are no client data: who takes part is, and lives in enrollments. */
@Serdeable
public record ProgramGroup(UUID id, String programCode, String name, String ownerOrg, List<Facilitator> facilitators,
                           int capacity, Intake intake, @Nullable UUID seriesId) {

    /** ROLLING groups take new participants as places free up; CLOSED groups start and end together. */
    public enum Intake { ROLLING, CLOSED }

    /** Led by staff of more than one body: the rollout wants this share to grow. */
    public boolean coFacilitated() {
        return facilitators.stream().map(Facilitator::org).distinct().count() > 1;
    }

    public boolean ledBy(String username) {
        return facilitators.stream().anyMatch(f -> f.username().equals(username));
    }
}
