package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;

import java.util.List;

/** Triage of a contact; {@code responsibleOrgs} defaults to the body that runs the pathway. */
@Serdeable
public record TriageRequest(@NotNull Urgency urgency, @NotNull Pathway pathway,
                            @Nullable @Size(max = 2) List<@NotNull Org> responsibleOrgs,
                            @Nullable @Size(max = 4) List<@NotNull RiskFlag> riskFlags,
                            @Nullable @Min(0) @Max(40) Integer auditScore,
                            @Nullable @Min(0) @Max(44) Integer duditScore,
                            @Nullable @Size(max = 2000) String note) {
}
