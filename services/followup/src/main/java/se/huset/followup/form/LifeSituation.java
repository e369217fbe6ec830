package se.huset.followup.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** ASI grund and ASI uppföljning are recorded by their date; no date means not done. */
@Serdeable
public record LifeSituation(UUID id, UUID clientId, String ownerOrg, @Nullable UUID followUpId,
                           Choices.Housing housing, Choices.Occupation occupation, Choices.IncomeSource incomeSource,
                           int alcoholDays, int drugDays, boolean crime, int health, int qualityOfLife, int treatment,
                           Choices.OwnGoal ownGoal, @Nullable LocalDate asiGrundOn, @Nullable LocalDate asiFollowUpOn,
                           String recordedBy, Instant recordedAt) {
}
