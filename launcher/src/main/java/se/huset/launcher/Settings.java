package se.huset.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a checkout keeps its state and what the environment asks for (README "Configuration"). Everything the
 * launcher creates at run time lives in .huset/ (git-ignored): logs/, pids/, secrets.env, db.env.
 */
record Settings(Path root, Map<String, String> environment, Path java) {

    Path state() {
        return root.resolve(".huset");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path pids() {
        return state().resolve("pids");
    }

    String env(String key, String fallback) {
        String value = environment.get(key);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /**
     * The suite on other databases, huset_<process><suffix> (same roles): ./huset bench runs on _bench, so its
     * hundreds of thousands of registrations never reach the demo data you work with.
     */
    String dbSuffix() {
        String suffix = env("HUSET_DB_SUFFIX", "");
        if (!suffix.matches("[a-z0-9_]*")) {
            throw new Fail("HUSET_DB_SUFFIX='" + suffix + "' is not a database-name suffix",
                    "use lower-case letters, digits and _ only, e.g. HUSET_DB_SUFFIX=_bench");
        }
        return suffix;
    }

    /** HUSET_DRY_RUN=1: print the commands that would start PostgreSQL. */
    boolean dryRun() {
        return !env("HUSET_DRY_RUN", "").isEmpty();
    }

    int javaMajor() {
        return Jdk.major(java);
    }

    /** A process's port: HUSET_<NAME>_PORT if set (export it for every ./huset command), else the list's. */
    int port(SuiteProcess process) {
        return Integer.parseInt(env(process.envPrefix() + "_PORT", String.valueOf(process.port())));
    }
}
