package se.huset.kit.audit;

import io.micronaut.core.annotation.Nullable;
import se.huset.kit.list.Cursor;

import java.time.Instant;

/** What an auditor asks of the log: one user's rows and/or a time window ({@code from} inclusive, {@code to} not). */
public record AuditQuery(@Nullable String username, @Nullable Instant from, @Nullable Instant to,
                         @Nullable Cursor after, int limit) {

    /** The sort key of a page's rows: time, then id for rows of the same microsecond. */
    public static final int CURSOR_KEYS = 2;
}
