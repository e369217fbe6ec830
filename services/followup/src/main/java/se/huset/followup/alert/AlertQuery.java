package se.huset.followup.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import se.huset.contracts.security.Org;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The worklist's query parameters, read strictly and the same for the API and the page: {@code status} (open,
 * acknowledged or closed; open by default), {@code type}, {@code owner} (REGION or KOMMUN), {@code from} and
 * {@code to} (the days the alert has been open since, inclusive), {@code mine=true}, {@code limit} (1–200, 50)
 * and {@code after} (the cursor). A bad value is a 400 naming the parameter.
 */
public record AlertQuery(AlertRepository.Filter filter, @Nullable Cursor after, int limit) {

    /** A cursor holds the priority, the since time and the id of the last row. */
    private static final int CURSOR_KEYS = 3;

    public static AlertQuery of(HttpRequest<?> request, Staff reader, ZoneId zone) {
        var p = request.getParameters();
        AlertStatus status = ListParams.choice("status", p.get("status"), AlertStatus.class);
        BetweenChairsRule.Type type = ListParams.choice("type", p.get("type"), BetweenChairsRule.Type.class);
        Org owner = ListParams.choice("owner", p.get("owner"), Org.class);
        if (owner == Org.USER_ORG) {
            throw ProblemException.invalid("owner", "must be REGION or KOMMUN");
        }
        LocalDate from = ListParams.date("from", p.get("from"));
        LocalDate to = ListParams.date("to", p.get("to"));
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        boolean mine = ListParams.flag("mine", p.get("mine"));
        int limit = ListParams.limit(p.get("limit"));
        Cursor after = Cursor.parse("after", p.get("after"), CURSOR_KEYS).orElse(null);
        if (after != null) {
            // a cursor is checked whole before it reaches the database
            after.number(0);
            after.instant(1);
            after.uuid(2);
        }
        return new AlertQuery(new AlertRepository.Filter(status == null ? AlertStatus.OPEN : status, type,
                owner == null ? null : owner.name(), mine ? reader.username() : null,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()), after, limit);
    }
}
