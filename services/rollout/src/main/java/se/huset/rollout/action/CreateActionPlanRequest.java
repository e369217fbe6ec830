package se.huset.rollout.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Seed 003's columns: responsible, activities, timeline, resources needed, how it is followed up. */
@Serdeable
public record CreateActionPlanRequest(@NotBlank @Size(max = 200) String title,
                                      @NotBlank @Size(max = 200) String responsible,
                                      @NotBlank @Size(max = 4000) String activities,
                                      @NotNull LocalDate startsOn,
                                      @NotNull LocalDate endsOn,
                                      @NotBlank @Size(max = 2000) String resources,
                                      @NotBlank @Size(max = 2000) String followUp,
                                      @Nullable @Size(max = 100) String milestone,
                                      @Nullable @Size(max = 100) String kpi,
                                      @Nullable @Size(max = 20) String status) {
}
