package se.huset.followup.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record AssessmentRequest(@Nullable String clientId, @Nullable String instrument, @Nullable List<Integer> answers) {
}
