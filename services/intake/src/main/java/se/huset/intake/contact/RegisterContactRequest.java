package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;

import java.time.Instant;
import java.util.List;

/**
 * A contact as reception registers it. {@code person} is either identified ({@code identifier}, optional
 * {@code name} and {@code phone}) or {@code {"anonymous": true}}; {@code urgency} is reception's first estimate,
 * which orders the triage queue until triage sets it; {@code occurredAt} defaults to now.
 */
@Serdeable
public record RegisterContactRequest(@NotNull Channel channel, @NotNull ContactKind kind, @NotNull Referrer referrer,
                                     @NotNull @Size(max = 7) List<@NotNull Substance> substances,
                                     @Nullable @Size(max = 2000) String reason,
                                     @NotNull @Valid PersonInput person,
                                     @Nullable Urgency urgency,
                                     @Nullable @PastOrPresent Instant occurredAt) {

    @Serdeable
    public record PersonInput(@Nullable Boolean anonymous,
                              @Nullable @Size(max = 20) String identifier,
                              @Nullable Boolean reservnummer,
                              @Nullable @Size(max = 100) String name,
                              @Nullable @Size(max = 30) @Pattern(regexp = "[0-9 +()-]*", message = "only digits, spaces and + ( ) -") String phone) {

        public boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }
    }
}
