package se.huset.booking.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.kit.consent.ConsentGuard;
import se.huset.kit.consent.Visible;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The first-visit waiting list as a reader may see it: the other body's requests only under consent. */
@Singleton
public class WaitingList {

    private final RequestRepository requests;
    private final ConsentGuard guard;
    private final Clock clock;

    public WaitingList(RequestRepository requests, ConsentGuard guard, Clock clock) {
        this.requests = requests;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public Visible<RequestView> list(Staff reader, FirstVisitRequest.Status status, int limit) {
        Instant now = clock.instant();
        Visible<FirstVisitRequest> visible = guard.filter(reader, requests.byStatus(status, limit),
                FirstVisitRequest::owned, "LIST");
        return new Visible<>(visible.items().stream().map(r -> RequestView.of(r, now)).toList(), visible.withheld());
    }

    @Transactional
    public RequestView one(Staff reader, UUID id) {
        FirstVisitRequest r = requests.find(id).orElseThrow(() -> ProblemException.notFound("First-visit request " + id));
        return guard.read(reader, r.owned(), "READ", RequestView.of(r, clock.instant()));
    }
}
