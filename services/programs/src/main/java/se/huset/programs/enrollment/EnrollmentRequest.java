package se.huset.programs.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.huset.kit.problem.Inputs;
import java.util.UUID;

@Serdeable
public record EnrollmentRequest(@NotBlank @Size(max = 36) String clientId, @NotBlank @Size(max = 32) String programCode,
                                @Nullable @Size(max = 36) String groupId, @Nullable @Size(max = 2000) String goals,
                                @Nullable @Size(max = 36) String decisionId) {

    // identifiers are read as text so that a malformed one is named in the answer
    public UUID client() {
        return Inputs.uuid("clientId", clientId);
    }

    @Nullable
    public UUID group() {
        return groupId == null ? null : Inputs.uuid("groupId", groupId);
    }

    /** The social services' decision a Kommun enrolment carries out, if it names one. */
    @Nullable
    public UUID decision() {
        return decisionId == null || decisionId.isBlank() ? null : Inputs.uuid("decisionId", decisionId);
    }
}
