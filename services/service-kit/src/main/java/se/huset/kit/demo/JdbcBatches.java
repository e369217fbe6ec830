package se.huset.kit.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a demo history's rows in JDBC batches of a thousand, in the caller's transaction: the use cases stamp every
 * row with the clock's now and write one at a time, and a history of years lies in the past.
 */
public final class JdbcBatches {

    private static final int BATCH = 1_000;

    /** Sets one row's parameters on the statement. */
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private JdbcBatches() {
    }

    public static <T> void write(JdbcOperations jdbc, String sql, List<T> rows, Binder<T> binder) {
        jdbc.execute(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            return null;
        });
    }
}
