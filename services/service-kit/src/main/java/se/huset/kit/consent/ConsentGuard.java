package se.huset.kit.consent;

import jakarta.inject.Singleton;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final AuditLog audit;
    private final Clock clock;

    public ConsentGuard(ConsentStore store, AuditLog audit) {
        this(store, audit, Clock.systemDefaultZone());
    }

    ConsentGuard(ConsentStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A detail read: answers the record, or throws 403 consent-required after logging the refusal. */
    public <T> T read(Staff reader, OwnedRecord record, String action, T value) {
        AccessDecision decision = decide(reader, List.of(record)).get(0);
        if (!decision.allowed()) {
            audit.recordIndependently(AuditEntry.of(reader, record.clientId(), action, record.resource(),
                    decision.basis(), AuditEntry.Outcome.DENIED));
            throw decision.reason() == AccessDecision.Reason.CONSENT_REQUIRED
                    ? new ConsentRequiredException(record) : new ConsentRequiredException(decision);
        }
        audit.record(AuditEntry.of(reader, record.clientId(), action, record.resource(), decision.basis(),
                AuditEntry.Outcome.ALLOWED));
        return value;
    }

    /** Logs a write of client data by its owner (writes are always by the reader's own body). */
    public void wrote(Staff writer, UUID clientId, String action, String resource) {
        audit.record(AuditEntry.of(writer, clientId, action, resource, "OWNER", AuditEntry.Outcome.ALLOWED));
    }

    /** A list read: keeps what the reader may see, logs each shown client, and counts what was withheld. */
    public <T> Visible<T> filter(Staff reader, List<T> items, Function<T, OwnedRecord> describe, String action) {
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
            }
        }
        audit.record(entries);
        return new Visible<>(shown, withheld);
    }

    /** The decisions for records without logging, for pages that only need to know (e.g. to show a lock icon). */
    public List<AccessDecision> decide(Staff reader, List<OwnedRecord> records) {
        Set<UUID> clients = records.stream().map(OwnedRecord::clientId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ConsentGrant> consents = reader.org() == null ? List.of() : store.forClients(clients);
        List<EmergencyOpening> openings = store.openingsFor(reader.username(), clients, now);
        return records.stream()
                .map(r -> r.clientId() == null
                        ? AccessDecision.allow(AccessDecision.Reason.OWNER, "NO_CLIENT")
                        : policy.decide(reader, r, consents, openings, now, today))
                .toList();
    }
}
