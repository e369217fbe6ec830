package se.huset.intake.events;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.intake.IntakeTestSupport;
import se.huset.kit.audit.AuditEntry;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.events.Outbox;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A triage audits (the consent guard's read) and then publishes; a registration publishes and then audits. Run at
 * the same moment, both must commit: the outbox takes the audit chain's lock before its own, so the two locks are
 * always taken in one order (before, PostgreSQL aborted one with "deadlock detected", found by the chaos test).
 */
@MicronautTest(transactional = false)
@Property(name = "huset.feed.poll-interval", value = "1h")
class OutboxAuditLockOrderTest extends IntakeTestSupport {

    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void auditThenPublishAndPublishThenAuditBothCommit() throws Exception {
        CountDownLatch firstLockTaken = new CountDownLatch(1);
        CompletableFuture<Void> auditFirst = CompletableFuture.runAsync(() -> tx.executeWrite(status -> {
            audit.record(entry("TRIAGE"));
            firstLockTaken.countDown();
            pause(500);   // the other transaction now asks for its first lock
            outbox.publish("LockOrderTest", UUID.randomUUID(), Map.of("step", "after audit"));
            return null;
        }));
        assertThat(firstLockTaken.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> publishFirst = CompletableFuture.runAsync(() -> tx.executeWrite(status -> {
            outbox.publish("LockOrderTest", UUID.randomUUID(), Map.of("step", "before audit"));
            audit.record(entry("CREATE"));
            return null;
        }));

        CompletableFuture.allOf(auditFirst, publishFirst).get(30, TimeUnit.SECONDS);
        assertThat(auditFirst).isCompleted().isNotCompletedExceptionally();
        assertThat(publishFirst).isCompleted().isNotCompletedExceptionally();
    }

    private static AuditEntry entry(String action) {
        return new AuditEntry("reception.region", "REGION", "RECEPTION", UUID.randomUUID(), action, "contact/test",
                "OWNER", AuditEntry.Outcome.ALLOWED);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
