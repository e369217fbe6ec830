package se.huset.programs.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;
import se.huset.programs.catalog.CatalogRepository;
import se.huset.programs.catalog.Program;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Starts a group and, when asked, books its sessions as one weekly series in the booking service. */
@Singleton
public class CreatingGroup {

    private final GroupRepository groups;
    private final CatalogRepository catalog;
    private final GroupSessionBooking booking;
    private final Clock clock;

    public CreatingGroup(GroupRepository groups, CatalogRepository catalog, GroupSessionBooking booking, Clock clock) {
        this.groups = groups;
        this.catalog = catalog;
        this.booking = booking;
        this.clock = clock;
    }

    @Transactional
    public GroupView create(Staff staff, GroupInput input, String callerToken, @Nullable String idempotencyKey) {
        if (staff.org() == null) {
            throw ProblemException.forbidden("groups are run by staff of the Region or the Kommun");
        }
        Program program = catalog.find(input.programCode().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.invalid("programCode", "is not in the catalogue"));
        if (!program.inGroups()) {
            throw ProblemException.unprocessable(program.name() + " is delivered individually, not in groups");
        }
        long distinct = input.facilitators().stream().map(Facilitator::username).distinct().count();
        if (distinct != input.facilitators().size()) {
            throw ProblemException.invalid("facilitators", "names a facilitator twice");
        }
        UUID id = UUID.randomUUID();
        String name = input.name().strip();
        GroupSessionBooking.BookedSeries series = null;
        if (input.roomId() != null || input.start() != null || input.sessions() != null) {
            series = booking.book(callerToken, order(program, name, input), idempotencyKey);
        }
        ProgramGroup group = new ProgramGroup(id, program.code(), name, staff.org().name(),
                List.copyOf(input.facilitators()), input.capacity(), input.intake(),
                series == null ? null : series.seriesId());
        groups.insert(group, staff.username(), clock.instant());
        if (series != null) {
            for (GroupSessionBooking.BookedSession s : series.sessions()) {
                groups.insertSession(new GroupSession(s.appointmentId(), id, s.occurrence(), s.start(), s.end(), null));
            }
        }
        return GroupView.of(group, groups.sessions(id));
    }

    private static GroupSessionBooking.SeriesOrder order(Program program, String name, GroupInput input) {
        if (input.roomId() == null) {
            throw ProblemException.invalid("roomId", "is required to book the sessions");
        }
        if (input.start() == null || input.start().isBlank()) {
            throw ProblemException.invalid("start", "is required to book the sessions");
        }
        if (input.end() == null || input.end().isBlank()) {
            throw ProblemException.invalid("end", "is required to book the sessions");
        }
        int sessions = input.sessions() == null ? program.plannedSessions() : input.sessions();
        return new GroupSessionBooking.SeriesOrder(program.name() + " – " + name, input.roomId(), input.capacity(),
                input.facilitators().stream().map(Facilitator::username).toList(), input.start(), input.end(),
                Math.min(sessions, 52));
    }
}
