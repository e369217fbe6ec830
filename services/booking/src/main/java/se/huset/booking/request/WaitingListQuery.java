package se.huset.booking.request;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One page of the waiting list as asked for: its filters, its size and where it starts. Read strictly from the
 * query string, so a bad value answers 400 naming the parameter before anything reaches the database.
 */
public record WaitingListQuery(FirstVisitRequest.Status status, @Nullable Urgency urgency, @Nullable Org org,
                               @Nullable Pathway pathway, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo,
                               boolean overdueOnly, boolean mine, int limit, Optional<Cursor> after) {

    /** The sort keys a cursor carries: urgency rank, due time, triage time, id. */
    static final int CURSOR_KEYS = 4;

    /** The open waiting list's first page, unfiltered. */
    public static WaitingListQuery open() {
        return new WaitingListQuery(FirstVisitRequest.Status.OPEN, null, null, null, null, null, false, false,
                ListParams.DEFAULT_LIMIT, Optional.empty());
    }

    public static WaitingListQuery parse(@Nullable String status, @Nullable String urgency, @Nullable String org,
                                         @Nullable String pathway, @Nullable String dueFrom, @Nullable String dueTo,
                                         @Nullable String overdue, @Nullable String mine, @Nullable String limit,
                                         @Nullable String after) {
        FirstVisitRequest.Status s = ListParams.choice("status", status, FirstVisitRequest.Status.class);
        Org body = ListParams.choice("org", org, Org.class);
        if (body == Org.USER_ORG) {
            throw ProblemException.invalid("org", "must be one of REGION, KOMMUN");
        }
        LocalDate from = ListParams.date("dueFrom", dueFrom);
        LocalDate to = ListParams.date("dueTo", dueTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("dueTo", "must not be before dueFrom");
        }
        return new WaitingListQuery(s == null ? FirstVisitRequest.Status.OPEN : s,
                ListParams.choice("urgency", urgency, Urgency.class), body,
                ListParams.choice("pathway", pathway, Pathway.class), from, to, ListParams.flag("overdue", overdue),
                ListParams.flag("mine", mine), ListParams.limit(limit),
                Cursor.parse("after", after, CURSOR_KEYS));
    }
}
