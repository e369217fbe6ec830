package se.huset.gateway.keys;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.gateway.GatewayTestSupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SigningKeyStoreTest extends GatewayTestSupport {

    @Inject
    SigningKeyStore store;

    @Test
    void replicasStartingTogetherCreateOneKeyAndAllUseIt() throws Exception {
        execute("delete from signing_key");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> starts = IntStream.range(0, 4)
                    .<Callable<String>>mapToObj(i -> () -> store.loadOrCreate().kid()).toList();
            List<String> kids = replicas.invokeAll(starts).stream().map(SigningKeyStoreTest::get).toList();

            assertThat(kids).hasSize(4).containsOnly(kids.get(0));
            assertThat(count()).isEqualTo(1);
            assertThat(store.loadOrCreate().kid()).as("a restart reads the same key").isEqualTo(kids.get(0));
        } finally {
            replicas.shutdown();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection conn = database().connect(); Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    private long count() throws Exception {
        try (Connection conn = database().connect(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from signing_key")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
