package se.huset.intake.contact;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.kit.list.ListParams;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which contacts a list shows: by status, urgency, channel, kind, owning body, registration date (in the clinic's
 * time zone, both ends included), "mine" (the contacts the reader has taken) and one client's. The waiting queue (status NEW) is
 * sorted for the work, most urgent first and then longest waiting; every other list newest first.
 */
public record ContactFilter(@Nullable Contact.Status status, @Nullable Urgency urgency, @Nullable Channel channel,
                            @Nullable ContactKind kind, @Nullable Org owner, @Nullable Instant registeredFrom,
                            @Nullable Instant registeredBefore, @Nullable String assignedTo, @Nullable UUID client) {


    /** The triage board's queue: every waiting contact. */
    public static ContactFilter waiting() {
        return new ContactFilter(Contact.Status.NEW, null, null, null, null, null, null, null, null);
    }

    /** One client's contacts, newest first: the client page's history. */
    public static ContactFilter ofClient(UUID client) {
        return new ContactFilter(null, null, null, null, null, null, null, null, client);
    }

    public boolean queueOrder() {
        return status == Contact.Status.NEW;
    }

    public ContactFilter withStatus(Contact.Status newStatus) {
        return new ContactFilter(newStatus, urgency, channel, kind, owner, registeredFrom, registeredBefore, assignedTo,
                client);
    }

    /** The filter from query parameters as a client sent them; a bad value is 400 naming its parameter. */
    public static ContactFilter parse(Staff reader, @Nullable String status, @Nullable String urgency,
                                      @Nullable String channel, @Nullable String kind, @Nullable String owner,
                                      @Nullable String from, @Nullable String to, @Nullable String mine,
                                      @Nullable String clientId) {
        Org body = ListParams.choice("owner", owner, Org.class);
        if (body == Org.USER_ORG) {
            throw ProblemException.invalid("owner", "must be one of REGION, KOMMUN");
        }
        LocalDate fromDay = ListParams.date("from", from);
        LocalDate toDay = ListParams.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new ContactFilter(ListParams.choice("status", status, Contact.Status.class),
                ListParams.choice("urgency", urgency, Urgency.class),
                ListParams.choice("channel", channel, Channel.class),
                ListParams.choice("kind", kind, ContactKind.class), body,
                fromDay == null ? null : fromDay.atStartOfDay(ClinicTime.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ClinicTime.ZONE).toInstant(),
                ListParams.flag("mine", mine) ? reader.username() : null, ListParams.id("clientId", clientId));
    }
}
