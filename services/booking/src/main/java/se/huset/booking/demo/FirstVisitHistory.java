package se.huset.booking.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huset.booking.BookingSettings;
import se.huset.booking.appointment.Appointment;
import se.huset.booking.calendar.TimeRange;
import se.huset.booking.request.FirstVisitRequest;
import se.huset.booking.request.RequestRepository;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Works through the first-visit requests the running booking read from intake's feed, as {@link CareHistoryPlanner}
 * plans it (first visits, closings, the treatment courses that follow), writes the plan in bulk
 * ({@link HistoryWriter}) and the demo accounts' audited reads of it ({@link AuditedReads}). Requests already
 * worked through are not open any more, so a second run on the same day changes nothing.
 */
@Singleton
class FirstVisitHistory {

    private static final Logger LOG = LoggerFactory.getLogger(FirstVisitHistory.class);

    private final RequestRepository requests;
    private final HistoryWriter writer;
    private final CareHistoryPlanner planner;
    private final AuditedReads reads;
    private final DemoScale scale;
    private final BookingSettings settings;

    FirstVisitHistory(RequestRepository requests, HistoryWriter writer, DemoScale scale, BookingSettings settings) {
        this.requests = requests;
        this.writer = writer;
        this.scale = scale;
        this.settings = settings;
        this.planner = CareHistoryPlanner.of(scale, ClinicTime.ZONE, BookingDemoData.LOADER.username());
        this.reads = new AuditedReads(ClinicTime.ZONE);
    }

    void workThrough(Instant now) {
        long started = System.nanoTime();
        List<FirstVisitRequest> open = requests.allOpen();
        // the whole history and the weeks booked ahead
        TimeRange window = new TimeRange(now.minus(Duration.ofDays(365L * (scale.years() + 1))),
                now.plus(Duration.ofDays(90)));
        Set<String> held = writer.held(window, ClinicTime.ZONE);
        CareHistory history = planner.plan(open, now, held);
        writer.write(history);
        Set<UUID> workedThrough = Stream.concat(
                history.appointments().stream().map(p -> p.appointment().requestId()).filter(Objects::nonNull),
                history.closings().stream().map(CareHistory.Closing::requestId)).collect(Collectors.toSet());
        Set<UUID> clients = new HashSet<>();
        history.appointments().stream().map(CareHistory.Planned::appointment).map(Appointment::clientId)
                .filter(Objects::nonNull).forEach(clients::add);
        List<AuditLog.PastAccess> audited = reads.of(history,
                open.stream().filter(r -> workedThrough.contains(r.id())).toList(), writer.consents(clients));
        writer.audit(audited);
        LOG.info("Demo history ({}): {} appointments, {} requests closed without a visit, {} audited reads, in {} s",
                scale, history.appointments().size(), history.closings().size(), audited.size(),
                (System.nanoTime() - started) / 1_000_000_000.0);
    }
}
