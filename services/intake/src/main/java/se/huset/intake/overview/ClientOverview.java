package se.huset.intake.overview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.timeline.TimelineEntry;
import se.huset.contracts.timeline.TimelineWithheld;
import se.huset.intake.client.ClientView;
import se.huset.intake.consent.ConsentView;

import java.util.List;

/**
 * The whole client as the reader may see them: identity, active consents, named coordinators, and one page of the
 * timeline across the suite, newest first. {@code withheld} names what the consent rule held back, by body, category
 * and reason; {@code unavailable} the services that did not answer in time; {@code next} the cursor of older steps.
 */
@Serdeable
public record ClientOverview(ClientView.Summary identity, List<ConsentView> consents,
                             Coordinators.Named coordinators, List<TimelineEntry> timeline,
                             List<TimelineWithheld> withheld, List<String> unavailable, @Nullable String next) {
}
