package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every process's Kubernetes manifests from one template: compose/k8s/process.yaml with {@code $name}, {@code $NAME}
 * and {@code $port} replaced, written to compose/k8s/base/<name>.yaml. The files are kept in the repository so that
 * {@code kubectl apply -k} works on a fresh clone with any kubectl (the kustomize in kubectl 1.20 has no
 * replacements or components that could do this itself); KustomizeManifestsTest fails when one differs.
 */
public final class Manifests {

    public static final String TEMPLATE = "compose/k8s/process.yaml";
    public static final String BASE = "compose/k8s/base";

    private Manifests() {
    }

    /** Writes every process's file ({@code ./huset manifests}). */
    static void write(Path root) {
        try {
            for (Map.Entry<Path, String> file : renderAll(root).entrySet()) {
                Files.writeString(file.getKey(), file.getValue());
                System.out.println("    wrote " + root.relativize(file.getKey()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each process's file and what it must hold. */
    public static Map<Path, String> renderAll(Path root) {
        try {
            String template = Files.readString(root.resolve(TEMPLATE));
            Map<Path, String> files = new LinkedHashMap<>();
            for (SuiteProcess process : ProcessList.read(root).all()) {
                files.put(root.resolve(BASE).resolve(process.name() + ".yaml"), render(template, process));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One process's manifests: the template with its own header, and $name, $NAME and $port filled in for it. */
    static String render(String template, SuiteProcess process) {
        String body = template.lines().dropWhile(line -> line.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        String header = "# " + process.name() + "'s manifests, written by ./huset manifests from " + TEMPLATE
                + " (edit that, not this file)\n";
        return header + body
                .replace("$NAME", process.envPrefix().substring("HUSET_".length()))
                .replace("$name", process.name())
                .replace("$port", Integer.toString(process.port()));
    }
}
