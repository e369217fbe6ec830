package se.huset.contracts.timeline;

import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

/**
 * Records of a client the reader may not see, counted by the body that holds them, their category and why
 * ({@code CONSENT_REQUIRED}, {@code NEED_TO_KNOW}, …): the overview names them, never leaves them silently out.
 */
@Serdeable
public record TimelineWithheld(Org body, DataCategory category, String reason, int count) {
}
