package se.huset.intake.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.security.Org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One row of {@code consent}: recipients and categories as text arrays of enum names; the status is derived. */
@MappedEntity("consent")
public record StoredConsent(@Id UUID id, UUID clientId,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] recipientOrgs,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                            ConsentPurpose purpose, ConsentForm form, LocalDate validUntil, String grantedBy,
                            @Nullable Org grantedOrg, Instant grantedAt, @Nullable Instant revokedAt,
                            @Nullable String revokedBy, @Nullable String revokeReason, @Nullable Org revokedOrg,
                            @Nullable RevocationRequester revokeRequestedBy) {

    /** The row of a newly granted consent (not revoked). */
    static StoredConsent of(ConsentView c) {
        return new StoredConsent(c.id(), c.clientId(), names(c.recipientOrgs()), names(c.categories()), c.purpose(),
                c.form(), c.validUntil(), c.grantedBy(), c.grantedOrg(), c.grantedAt(), null, null, null, null, null);
    }

    ConsentView view(LocalDate today) {
        return new ConsentView(id, clientId, parse(recipientOrgs, Org::valueOf),
                parse(categories, DataCategory::valueOf), purpose, form, validUntil, grantedBy, grantedOrg, grantedAt,
                revokedAt, revokedBy, revokeReason,
                ConsentView.statusOf(revokedAt, validUntil, today), revokedOrg, revokeRequestedBy);
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static <E> List<E> parse(String[] names, Function<String, E> parse) {
        return Arrays.stream(names).map(parse).toList();
    }
}
