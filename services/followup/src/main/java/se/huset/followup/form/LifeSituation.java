package se.huset.followup.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** ASI grund and ASI uppföljning are recorded by their date; no date means not done. One row of {@code life_situation}. */
@Serdeable
@MappedEntity("life_situation")
public record LifeSituation(@Id UUID id, UUID clientId, String ownerOrg, @Nullable UUID followUpId,
                           Choices.Housing housing, Choices.Occupation occupation, Choices.IncomeSource incomeSource,
                           int alcoholDays, int drugDays, boolean crime, int health, int qualityOfLife, int treatment,
                           Choices.OwnGoal ownGoal, @Nullable LocalDate asiGrundOn, @Nullable @MappedProperty("asi_followup_on") LocalDate asiFollowUpOn,
                           String recordedBy, Instant recordedAt) {
}
