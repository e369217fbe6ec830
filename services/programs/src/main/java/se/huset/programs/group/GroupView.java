package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record GroupView(UUID id, String programCode, String name, String ownerOrg, List<Facilitator> facilitators,
                        int capacity, ProgramGroup.Intake intake, boolean coFacilitated, @Nullable UUID seriesId,
                        List<Session> sessions) {

    /** A session without its note: the note is care documentation and is read with the attendance. */
    @Serdeable
    public record Session(UUID id, int occurrence, Instant start, Instant end) {
    }

    public static GroupView of(ProgramGroup g, List<GroupSession> sessions) {
        return new GroupView(g.id(), g.programCode(), g.name(), g.ownerOrg(), g.facilitators(), g.capacity(),
                g.intake(), g.coFacilitated(), g.seriesId(),
                sessions.stream().map(s -> new Session(s.id(), s.occurrence(), s.startsAt(), s.endsAt())).toList());
    }
}
