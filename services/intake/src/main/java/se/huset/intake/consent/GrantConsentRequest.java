package se.huset.intake.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.time.LocalDate;
import java.util.List;

/** A consent as the client gives it at the reception; {@code validUntil} defaults to 12 months from today. */
@Serdeable
public record GrantConsentRequest(@NotNull @Size(min = 1, max = 2) List<@NotNull Org> recipientOrgs,
                                  @NotNull @Size(min = 1, max = 6) List<@NotNull DataCategory> categories,
                                  @NotNull ConsentPurpose purpose,
                                  @NotNull ConsentForm form,
                                  @Nullable @Future LocalDate validUntil) {
}
