package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's processes and JVM flags as launcher/processes.properties writes them once. Read line by line rather
 * than with {@link java.util.Properties}, which forgets the order the processes start in.
 */
public final class ProcessList {

    public static final String FILE = "launcher/processes.properties";
    private static final String PROCESS_KEY = "process.";

    private final List<SuiteProcess> processes;
    private final Map<String, String> settings;

    private ProcessList(List<SuiteProcess> processes, Map<String, String> settings) {
        this.processes = List.copyOf(processes);
        this.settings = Map.copyOf(settings);
    }

    /** The list of the checkout at {@code root} (the folder with ./huset). */
    public static ProcessList read(Path root) {
        try {
            return parse(Files.readAllLines(root.resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProcessList parse(List<String> lines) {
        List<SuiteProcess> processes = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(FILE + ": not a 'key = value' line: " + line);
            }
            String key = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            if (key.startsWith(PROCESS_KEY)) {
                processes.add(new SuiteProcess(key.substring(PROCESS_KEY.length()), Integer.parseInt(value)));
            } else {
                settings.put(key, value);
            }
        }
        if (processes.isEmpty() || !processes.get(0).isGateway()) {
            throw new IllegalArgumentException(FILE + ": the gateway must be the first process (the services take its JWKS)");
        }
        return new ProcessList(processes, settings);
    }

    /** Every process, in start order. */
    public List<SuiteProcess> all() {
        return processes;
    }

    /** Every process but the gateway, in start order. */
    public List<SuiteProcess> services() {
        return processes.stream().filter(p -> !p.isGateway()).toList();
    }

    public List<String> names() {
        return processes.stream().map(SuiteProcess::name).toList();
    }

    public SuiteProcess get(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process '" + name + "' in " + FILE + ": " + names()));
    }

    /** The JVM flags a process runs with on a JVM of this major version (17 in the images). */
    public List<String> jvmFlags(SuiteProcess process, int javaMajor) {
        List<String> flags = new ArrayList<>();
        if (!process.isGateway()) {
            flags.addAll(setting("jvm.service-flags"));
        }
        flags.addAll(setting("jvm.flags"));
        if (javaMajor >= 22) {
            flags.addAll(setting("jvm.jdk22-flags"));
        }
        return List.copyOf(flags);
    }

    private List<String> setting(String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalArgumentException(FILE + " has no " + key);
        }
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
