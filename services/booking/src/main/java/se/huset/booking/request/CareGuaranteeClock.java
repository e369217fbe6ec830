package se.huset.booking.request;

import se.huset.contracts.intake.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The care guarantee's deadline for a first visit, counted from triage: ACUTE the same day, SOON within three
 * days, PLANNED within a configurable number of days (14 by default). A deadline falls at the end of its local
 * day, since a visit any time that day keeps the promise.
 */
public final class CareGuaranteeClock {

    private final ZoneId zone;
    private final int plannedDays;

    public CareGuaranteeClock(ZoneId zone, int plannedDays) {
        this.zone = zone;
        this.plannedDays = plannedDays;
    }

    public Instant dueAt(Urgency urgency, Instant triagedAt) {
        int days = switch (urgency) {
            case ACUTE -> 0;
            case SOON -> 3;
            case PLANNED -> plannedDays;
        };
        LocalDate lastDay = triagedAt.atZone(zone).toLocalDate().plusDays(days);
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a first visit at {@code visit} keeps the guarantee; a request still open at that time is overdue if not. */
    public static boolean kept(Instant visit, Instant due) {
        return visit.isBefore(due);
    }
}
