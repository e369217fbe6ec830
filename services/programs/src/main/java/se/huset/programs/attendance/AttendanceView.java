package se.huset.programs.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.huset.programs.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session's attendance as the reader may see it; {@code withheld} participants lack the consent to be shown. */
@Serdeable
public record AttendanceView(UUID sessionId, int occurrence, Instant start, @Nullable String groupNote,
                             List<Row> items, int withheld) {

    @Serdeable
    public record Row(UUID enrollmentId, UUID clientId, EnrollmentStatus enrollmentStatus,
                      @Nullable AttendanceStatus status, @Nullable String note) {
    }
}
