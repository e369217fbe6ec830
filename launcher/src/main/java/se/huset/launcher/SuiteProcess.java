package se.huset.launcher;

import java.util.Locale;

/** One process of the suite: its name and port, and the names derived from them the same way everywhere. */
public record SuiteProcess(String name, int port) {

    public static final String GATEWAY = "gateway";

    public boolean isGateway() {
        return name.equals(GATEWAY);
    }

    /** The Maven module that builds it, relative to the project root. */
    public String module() {
        return isGateway() ? GATEWAY : "services/" + name;
    }

    /** Its shaded jar, relative to the project root. */
    public String jar() {
        return module() + "/target/" + name + ".jar";
    }

    /** Its database (and owner role) on a server, {@code huset_<name><suffix>}. */
    public String database(String suffix) {
        return "huset_" + name + suffix;
    }

    /** The prefix of its environment variables: {@code HUSET_BOOKING} for booking. */
    public String envPrefix() {
        return "HUSET_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
