package se.huset.kit.consent;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.list.Page;
import se.huset.kit.security.Staff;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies {@link ConsentPolicy} to reads and writes the audit row for each one. Every controller that returns
 * client-level data goes through here; there is no other way to the data.
 */
@Singleton
public class ConsentGuard {

    private final ConsentPolicy policy = new ConsentPolicy();
    private final ConsentStore store;
    private final CareRelationships relationships;
    private final AuditLog audit;
    private final Clock clock;
    private final byte[] liveKey = new byte[32];

    public ConsentGuard(ConsentStore store, CareRelationships relationships, AuditLog audit, Clock clock) {
        this.store = store;
        this.relationships = relationships;
        this.audit = audit;
        this.clock = clock;
        new SecureRandom().nextBytes(liveKey);
    }

    /** A detail read: answers the record, or throws 403 consent-required after logging the refusal. */
    public <T> T read(Staff reader, OwnedRecord record, String action, T value) {
        allowOrRefuse(reader, record, action);
        return value;
    }

    /**
     * Logs a write of a client's record, or refuses it (403, the refusal logged) to a writer who may not read the
     * record: whoever writes must already have the access a read needs (inside the body, a care relationship for
     * care and social records), so a write never opens a client to its writer. Call it inside the write's
     * transaction, which the refusal rolls back.
     */
    public void wrote(Staff writer, OwnedRecord record, String action) {
        allowOrRefuse(writer, record, action);
    }

    /**
     * Staff the write names as working with the client (a group's facilitators, a placement's coordinator)
     * have a care relationship with the client in this service from now on.
     */
    public void named(Staff writer, UUID clientId, Collection<String> usernames, String basis, String ref) {
        for (String username : usernames) {
            relationships.start(clientId, CareRelationships.userParty(username), basis, ref,
                    writer.org() == null ? null : writer.org().name(), clock.instant());
        }
    }

    private void allowOrRefuse(Staff staff, OwnedRecord record, String action) {
        AccessDecision decision = decide(staff, List.of(record)).get(0);
        if (!decision.allowed()) {
            audit.recordIndependently(AuditEntry.of(staff, record.clientId(), action, record.resource(),
                    decision.basis(), AuditEntry.Outcome.DENIED));
            throw switch (decision.reason()) {
                case CONSENT_REQUIRED -> new ConsentRequiredException(record);
                case NEED_TO_KNOW -> ConsentRequiredException.needToKnow(record);
                default -> new ConsentRequiredException(decision);
            };
        }
        audit.record(AuditEntry.of(staff, record.clientId(), action, record.resource(), decision.basis(),
                AuditEntry.Outcome.ALLOWED));
    }

    /** A list read: keeps what the reader may see, logs each client shown or withheld, and counts what was withheld. */
    public <T> Visible<T> filter(Staff reader, List<T> items, Function<T, OwnedRecord> describe, String action) {
        Screened<T> screened = screen(reader, items, describe, action);
        audit.record(screened.entries());
        return new Visible<>(screened.shown(), screened.withheld());
    }

    /**
     * One page of a list read: like {@link #filter} over the page's rows; the cursor stays that of the last row
     * fetched, so a page whose rows are all withheld still leads on to the next.
     */
    public <T> Page<T> page(Staff reader, Page<T> rows, Function<T, OwnedRecord> describe, String action) {
        Visible<T> visible = filter(reader, rows.items(), describe, action);
        return new Page<>(visible.items(), rows.next(), visible.withheld());
    }

    /**
     * A live region's refresh: like {@link #filter}, except that a refresh showing the reader exactly what their page
     * already shows ({@code shown}, the version handed out with it) is not logged again. Nothing new is disclosed,
     * and a triage board polling every 15 s would otherwise log every waiting client four times a minute. The
     * version is an HMAC, under a key only this process holds, over the reader, the action and the records shown
     * (their {@code toString}), so it cannot be made up for records the reader was never shown; after a restart
     * the first refresh is logged again.
     */
    public <T> LiveList<T> refresh(Staff reader, List<T> items, Function<T, OwnedRecord> describe, String action,
                                   @Nullable String shown) {
        Screened<T> screened = screen(reader, items, describe, action);
        String version = version(reader, action, screened);
        if (shown == null || !MessageDigest.isEqual(version.getBytes(StandardCharsets.US_ASCII),
                shown.getBytes(StandardCharsets.US_ASCII))) {
            audit.record(screened.entries());
        }
        return new LiveList<>(screened.shown(), screened.withheld(), version);
    }

    private record Screened<T>(List<T> shown, int withheld, List<AuditEntry> entries) {
    }

    private <T> Screened<T> screen(Staff reader, List<T> items, Function<T, OwnedRecord> describe, String action) {
        List<OwnedRecord> records = items.stream().map(describe).toList();
        List<AccessDecision> decisions = decide(reader, records);
        List<T> shown = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        int withheld = 0;
        for (int i = 0; i < items.size(); i++) {
            OwnedRecord record = records.get(i);
            AccessDecision decision = decisions.get(i);
            if (decision.allowed()) {
                shown.add(items.get(i));
                if (record.clientId() != null) {
                    entries.add(AuditEntry.of(reader, record.clientId(), action, record.resource(), decision.basis(),
                            AuditEntry.Outcome.ALLOWED));
                }
            } else {
                withheld++;
                // a withheld row leaves a trace too: the client's log extract shows who was refused, and why
                if (record.clientId() != null) {
                    entries.add(AuditEntry.of(reader, record.clientId(), action, record.resource(), decision.basis(),
                            AuditEntry.Outcome.DENIED));
                }
            }
        }
        return new Screened<>(shown, withheld, entries);
    }

    private String version(Staff reader, String action, Screened<?> screened) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(liveKey, "HmacSHA256"));
            mac.update((reader.username() + '\n' + reader.org() + '\n' + action + '\n' + screened.withheld())
                    .getBytes(StandardCharsets.UTF_8));
            for (Object item : screened.shown()) {
                mac.update(("\n" + item).getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The decisions for records without logging, for pages that only need to know (e.g. to show a lock icon). */
    public List<AccessDecision> decide(Staff reader, List<OwnedRecord> records) {
        Set<UUID> clients = records.stream().map(OwnedRecord::clientId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ConsentGrant> consents = reader.org() == null ? List.of() : store.forClients(clients);
        List<EmergencyOpening> openings = store.openingsFor(reader.username(), clients, now);
        Set<UUID> related = reader.org() == null ? Set.of() : relationships.relatedTo(reader, clients);
        return records.stream()
                .map(r -> r.clientId() == null
                        ? AccessDecision.allow(AccessDecision.Reason.OWNER, "NO_CLIENT")
                        : policy.decide(reader, r, consents, openings, related, now, today))
                .toList();
    }
}
