package se.huset.followup.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The follow-up form. Everything is text or a boxed number so a missing or malformed field is refused by name.
 * {@code followUpId}, when given, is the scheduled follow-up this answers (and closes as DONE).
 */
@Serdeable
public record LifeSituationRequest(@Nullable String clientId, @Nullable String followUpId, @Nullable String housing,
                                   @Nullable String occupation, @Nullable String incomeSource,
                                   @Nullable Integer alcoholDays, @Nullable Integer drugDays, @Nullable Boolean crime,
                                   @Nullable Integer health, @Nullable Integer qualityOfLife, @Nullable Integer treatment,
                                   @Nullable String ownGoal, @Nullable String asiGrundOn, @Nullable String asiFollowUpOn) {
}
