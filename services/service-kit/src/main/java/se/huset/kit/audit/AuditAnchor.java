package se.huset.kit.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Pins the chain's head outside the database. A chain cut off at the top is still a valid chain, so deleting the
 * newest rows would go unseen; every {@code huset.audit.anchor-interval} the newest row's id and hash are appended
 * to {@code huset.audit.anchor-file} (one line each, never rewritten) and logged, and {@link AuditLog#verify}
 * checks that the last anchored row is still there, unchanged. What it cannot vouch for is the rows newer than the
 * last anchor. Without a file the anchors go to the log only (to a log store the database's users cannot reach).
 */
@Singleton
public class AuditAnchor {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

    /** The row an anchor pins: its id and its link. */
    public record Anchor(long id, String hash) {
    }

    private final JdbcOperations jdbc;
    private final @Nullable Path file;

    public AuditAnchor(JdbcOperations jdbc, @Value("${huset.audit.anchor-file:}") String file) {
        this.jdbc = jdbc;
        this.file = file.isBlank() ? null : Path.of(file);
        if (this.file == null) {
            LOG.warn("huset.audit.anchor-file (HUSET_AUDIT_ANCHOR_FILE) is not set: the audit log's anchors go to the "
                    + "log only, and verify cannot see rows deleted from the top of the log");
        }
    }

    /** Appends the current head, unless it is the one anchored last (a quiet log adds no lines). */
    @Scheduled(fixedDelay = "${huset.audit.anchor-interval:1m}")
    @Transactional(readOnly = true)
    public void anchorHead() {
        Optional<Anchor> head = head();
        if (head.isEmpty() || head.equals(last())) {
            return;
        }
        Anchor anchor = head.get();
        LOG.info("audit anchor id={} hash={}", anchor.id(), anchor.hash());
        if (file != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                // one short write in append mode: replicas sharing the file never interleave within a line
                Files.writeString(file, Instant.now() + " id=" + anchor.id() + " hash=" + anchor.hash() + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append the audit anchor to " + file, e);
            }
        }
    }

    /** The anchor written last, if there is a file with one. */
    public Optional<Anchor> last() {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        String line = lastLine(file);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        long id = -1;
        String hash = null;
        for (String field : line.split(" ")) {
            if (field.startsWith("id=")) {
                id = Long.parseLong(field.substring(3));
            } else if (field.startsWith("hash=")) {
                hash = field.substring(5);
            }
        }
        if (id < 0 || hash == null) {
            throw new IllegalStateException("the last line of " + file + " is not an audit anchor: " + line);
        }
        return Optional.of(new Anchor(id, hash));
    }

    private Optional<Anchor> head() {
        return jdbc.prepareStatement("select id, hash from kit_audit order by id desc limit 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Anchor(rs.getLong(1), rs.getString(2))) : Optional.<Anchor>empty();
            }
        });
    }

    /** The file's last line, read from its end: the file grows by a line per busy interval for years. */
    private static String lastLine(Path path) {
        try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 4096);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.substring(text.lastIndexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchors in " + path, e);
        }
    }
}
