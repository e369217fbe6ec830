package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One meeting of a group; its id is booking's appointment id for the occurrence. */
public record GroupSession(UUID id, UUID groupId, int occurrence, Instant startsAt, Instant endsAt,
                           @Nullable String groupNote) {
}
