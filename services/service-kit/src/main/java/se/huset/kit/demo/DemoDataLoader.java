package se.huset.kit.demo;

/**
 * Loads a process's synthetic demo data. Implementations must be deterministic (fixed seed) and
 * idempotent: {@link #loadOnce()} does nothing when the data set is already there.
 */
public interface DemoDataLoader {

    void loadOnce();

    /** Lower runs first, for loaders that build on each other inside one process. */
    default int order() {
        return 0;
    }
}
