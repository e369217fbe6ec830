package se.huset.followup.instrument;

import io.micronaut.core.annotation.Nullable;

/**
 * A scored instrument. {@code riskLevel} is the WHO zone (AUDIT) or the DUDIT level; {@code aboveSexCutoff} is the
 * Swedish sex-specific cut-off, null when the client's sex is unknown and the score falls between the two cut-offs.
 */
public record Result(int score, String riskLevel, @Nullable Boolean aboveSexCutoff, @Nullable String note) {
}
