package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.security.Org;
import se.huset.intake.contact.ContactView;
import se.huset.kit.list.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A client as the reader may see them: identity, a page of the contacts the reader may see, newest first (how many
 * of the page were withheld, and {@code next} when there are more), and the last 12 months' contacts counted by kind.
 */
@Serdeable
public record ClientView(UUID id, String identifier, String identifierKind, boolean reserve, @Nullable String name,
                         @Nullable String phone, @Nullable LocalDate birthDate, @Nullable String sex, Org ownerOrg,
                         Instant createdAt, Page<ContactView> contacts, Map<ContactKind, Long> last12MonthsByKind) {

    @Serdeable
    public record Summary(UUID id, String identifier, String identifierKind, @Nullable String name, Org ownerOrg) {
        static Summary of(Client c) {
            return new Summary(c.id(), c.identifier(), c.identifierKind(), c.name(), c.ownerOrg());
        }
    }
}
