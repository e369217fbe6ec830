package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the launcher needs to know of a JDK: its major version, which picks version-specific JVM flags. */
public final class Jdk {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");
    /** The oldest JDK the suite runs on: no version-specific flags. */
    static final int MINIMUM = 17;

    private Jdk() {
    }

    /**
     * The major version of the JDK a java binary belongs to (17, 21, 25, ...), from the {@code release} file every
     * JDK has next to its {@code bin}; {@link #MINIMUM} when there is none (a java on PATH through a symlink).
     */
    public static int major(Path javaBinary) {
        Path parent = javaBinary.toAbsolutePath().getParent();
        Path release = parent == null || parent.getParent() == null ? null : parent.getParent().resolve("release");
        if (release == null || !Files.isRegularFile(release)) {
            return MINIMUM;
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            return m.find() ? Integer.parseInt(m.group(1)) : MINIMUM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
