package se.huset.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.step;

/** One image per process from compose/Dockerfile, its build arguments from the process list, tagged REGISTRY/<name>:TAG. */
final class Images {

    /** The images run Java 17 (eclipse-temurin:17-jre-alpine): their JVM flags are 17's. */
    private static final int IMAGE_JAVA = 17;

    private Images() {
    }

    static int build(Settings settings, ProcessList processes, Build build) {
        if (!Os.have("docker")) {
            throw new Fail("the docker client is not installed, so no images can be built", "install Docker Engine "
                    + "(https://docs.docker.com/engine/install/), or on Debian: sudo apt-get install -y docker.io; then run ./huset images again");
        }
        // the client answers even without an engine; only a server version proves one is reachable
        Os.Result info = Os.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Map.of(), null, settings.root(), null);
        String version = info.ok() ? info.out().strip() : "";
        if (version.isEmpty()) {
            String reason = Os.run(List.of("sh", "-c", "docker info 2>&1 | grep -m1 -i -e 'cannot connect' -e 'error'"),
                    Map.of(), null, settings.root(), null).out().strip();
            throw new Fail("no Docker engine is running or reachable (" + (reason.isEmpty()
                    ? "docker info printed no server version" : reason) + ")", "start one (sudo systemctl start docker, "
                    + "or Docker Desktop), or point DOCKER_HOST at a machine with one; then run ./huset images again");
        }
        build.ifNeeded();
        String registry = settings.env("HUSET_IMAGE_REGISTRY", "huset");
        String tag = settings.env("HUSET_IMAGE_TAG", "latest");
        Path log = settings.logs().resolve("images.log");
        for (SuiteProcess p : processes.all()) {
            String image = registry + "/" + p.name() + ":" + tag;
            step("docker build -t " + image + " -f compose/Dockerfile " + p.module());
            int code = Os.runLogged(command(settings.root(), processes, p, image), Map.of(), settings.root(), log);
            if (code != 0) {
                System.err.println(Os.tail(log, 30));
                throw new Fail("docker build of " + p.name() + " failed (full log: " + log + ")",
                        "fix the cause shown, then run ./huset images again");
            }
        }
        say("images built on Docker " + version + ": " + processes.all().stream()
                .map(p -> registry + "/" + p.name() + ":" + tag).collect(Collectors.joining(" ")));
        return 0;
    }

    /** One image from the one Dockerfile: the process's name, port and JVM flags (for Java 17) as build arguments. */
    static List<String> command(Path root, ProcessList processes, SuiteProcess p, String image) {
        return List.of("docker", "build", "-q", "-t", image, "-f", root.resolve("compose/Dockerfile").toString(),
                "--build-arg", "PROCESS=" + p.name(), "--build-arg", "PORT=" + p.port(), "--build-arg",
                "JVM_FLAGS=" + String.join(" ", processes.jvmFlags(p, IMAGE_JAVA)), root.resolve(p.module()).toString());
    }
}
