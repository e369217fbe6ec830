package se.huset.housing.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database alone holds capacity. The API test serialises on the audit log's lock; here ten transactions take a
 * place at the same moment and all stay open until every one has tried, so the row locks really overlap (ten, to
 * stay inside the connection pool while all are open).
 */
@MicronautTest(transactional = false)
class PlaceTakingTest extends HousingTestSupport {

    static final int TRIES = 10;

    @Inject
    PlaceRepository places;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void tenOverlappingTransactionsTakeFourDistinctPlaces() throws Exception {
        UUID unit = UUID.fromString(unit("Träningslägenheter T", "TRAINING_FLAT", 4, null, false));
        CyclicBarrier allTried = new CyclicBarrier(TRIES);
        ExecutorService pool = Executors.newFixedThreadPool(TRIES);
        List<Future<OptionalLong>> results = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            results.add(pool.submit(() -> tx.executeWrite(status -> {
                OptionalLong place = places.take(unit, UUID.randomUUID());
                allTried.await(20, TimeUnit.SECONDS);
                return place;
            })));
        }
        List<Long> taken = new ArrayList<>();
        for (Future<OptionalLong> f : results) {
            f.get(30, TimeUnit.SECONDS).ifPresent(taken::add);
        }
        pool.shutdown();
        assertThat(taken).hasSize(4).doesNotHaveDuplicates();
    }
}
