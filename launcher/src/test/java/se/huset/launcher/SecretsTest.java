package se.huset.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void aSecretIsMadeOnceKeptAndReadableByTheOwnerAlone() throws Exception {
        Secrets secrets = new Secrets(dir.resolve(".huset/secrets.env"));
        String made = secrets.ensure("HUSET_AUDIT_KEY");
        assertThat(made).matches("[0-9a-f]{48}");
        assertThat(new Secrets(dir.resolve(".huset/secrets.env")).ensure("HUSET_AUDIT_KEY")).isEqualTo(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file()))).isEqualTo("rw-------");
    }

    @Test
    void settingAKeyReplacesItsValueAndKeepsTheOthers() {
        Secrets secrets = new Secrets(dir.resolve("secrets.env"));
        secrets.set("A", "1");
        secrets.set("B", "2");
        secrets.set("A", "3");
        assertThat(secrets.get("A")).isEqualTo("3");
        assertThat(secrets.get("B")).isEqualTo("2");
        assertThat(secrets.get("C")).isEmpty();
    }
}
