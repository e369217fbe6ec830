package se.huset.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the database step that need no server; the step itself runs in every ./huset test. */
class PostgresTest {

    @TempDir
    Path root;

    private Postgres postgres() {
        return new Postgres(new Settings(root, Map.of(), Path.of("java")), new Secrets(root.resolve(".huset/secrets.env")));
    }

    @Test
    void hostAndPortAreReadFromEveryFormOfAddress() {
        Postgres pg = postgres();
        pg.parseUrl("jdbc:postgresql://db.example:6543/huset?ssl=true");
        assertThat(pg.host + ":" + pg.port).isEqualTo("db.example:6543");
        pg.parseUrl("postgresql://admin:secret@10.0.0.5/postgres");
        assertThat(pg.host + ":" + pg.port).isEqualTo("10.0.0.5:5432");
        pg.parseUrl("localhost:5433");
        assertThat(pg.host + ":" + pg.port).isEqualTo("localhost:5433");
        assertThatThrownBy(() -> pg.parseUrl("postgresql://:x/")).isInstanceOf(Fail.class)
                .hasMessageContaining("is not a PostgreSQL server address");
    }

    @Test
    void theLastServerChosenIsReadBack() throws Exception {
        Files.createDirectories(root.resolve(".huset"));
        Files.writeString(root.resolve(".huset/db.env"), "PG_KIND=embedded\nPG_HOST=127.0.0.1\nPG_PORT=54330\n");
        Postgres pg = postgres();
        assertThat(pg.loadLast()).isTrue();
        assertThat(pg.kind).isEqualTo(Postgres.Kind.EMBEDDED);
        assertThat(pg.jdbcUrl("huset_intake")).isEqualTo("jdbc:postgresql://127.0.0.1:54330/huset_intake");
    }
}
