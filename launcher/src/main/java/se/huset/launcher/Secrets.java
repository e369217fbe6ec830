package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * .huset/secrets.env: generated passwords and each service's secret as KEY=value lines, mode 600. A value is made
 * the first time it is asked for and kept, so a checkout's databases and tokens stay valid between runs.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    Secrets(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The stored value, or "" when there is none. */
    String get(String key) {
        String value = "";
        for (String line : lines()) {
            if (line.startsWith(key + "=")) {
                value = line.substring(key.length() + 1);
            }
        }
        return value;
    }

    void set(String key, String value) {
        List<String> lines = new ArrayList<>(lines().stream().filter(l -> !l.startsWith(key + "=")).toList());
        lines.add(key + "=" + value);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored value of the key, a random one (hex: safe inside SQL quotes) made and stored the first time. */
    String ensure(String key) {
        String value = get(key);
        if (value.isEmpty()) {
            value = randomHex();
            set(key, value);
        }
        return value;
    }

    static String randomHex() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
