package se.huset.followup.sip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Serdeable
public record SipPlan(UUID id, UUID clientId, String ownerOrg, Status status, @Nullable Adherence adherence,
                      LocalDate reviewOn, boolean reviewOverdue, String createdBy, Instant createdAt) {

    public enum Status { CALLED, INVITED, HELD, FOLLOWED_UP }

    /** Seed 003's question 22: has the plan been followed? */
    public enum Adherence { LARGELY, PARTLY, NOT_AT_ALL }
}
