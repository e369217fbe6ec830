package se.huset.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * nginx as the reference proxy: the same requests and connections, proxied to the same intake with upstream
 * keep-alive, as a mature reverse proxy does it. Its own prefix under .huset/bench/nginx and its own port
 * (HUSET_BENCH_NGINX_PORT); as root the Debian package is installed when missing, otherwise the reference is left
 * out with a note.
 */
final class ReferenceProxy {

    final int port;
    private final BenchRun run;
    private final Path dir;
    private boolean running;

    ReferenceProxy(BenchRun run) {
        this.run = run;
        this.port = run.number("HUSET_BENCH_NGINX_PORT", 8090);
        this.dir = run.out.resolve("nginx");
    }

    private static Optional<String> binary() {
        return Os.have("nginx") ? Optional.of("nginx")
                : Files.isExecutable(Path.of("/usr/sbin/nginx")) ? Optional.of("/usr/sbin/nginx") : Optional.empty();
    }

    /** Starts it; false (with a warning saying why) when the reference is left out. */
    boolean start() {
        if (binary().isEmpty() && Os.isRoot() && Os.have("apt-get")) {
            step("installing nginx for the reference proxy (apt-get install -y nginx)");
            Path log = run.settings.logs().resolve("nginx-install.log");
            if (Os.aptInstall(log, "--no-install-recommends", "nginx")) {
                // the package's own service is not wanted: only the bench's instance runs
                Os.runLogged(List.of("sh", "-c", "systemctl disable --now nginx || service nginx stop || /usr/sbin/nginx -s stop"),
                        Map.of(), Path.of("/"), log);
            }
        }
        Optional<String> nginx = binary();
        if (nginx.isEmpty()) {
            warn("nginx is not installed: the nginx reference is left out (sudo apt-get install -y nginx, then ./huset bench again)");
            return false;
        }
        if (Os.portOpen(port)) {
            warn("port " + port + " is taken: the nginx reference is left out (HUSET_BENCH_NGINX_PORT=... picks another)");
            return false;
        }
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Files.writeString(dir.resolve("nginx.conf"), configuration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Os.runLogged(List.of(nginx.get(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(), "-e",
                dir.resolve("error.log").toString()), Map.of(), run.settings.root(), dir.resolve("error.log")) != 0) {
            warn("nginx did not start (see " + dir.resolve("error.log") + "): the nginx reference is left out");
            return false;
        }
        running = true;
        return true;
    }

    private String configuration() {
        return """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                %2$s
                events { worker_connections 1024; }
                http {
                  # one line per request, as the gateway logs one per proxied request
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/tmp/body;
                  proxy_temp_path %1$s/tmp/proxy;
                  fastcgi_temp_path %1$s/tmp/fastcgi;
                  uwsgi_temp_path %1$s/tmp/uwsgi;
                  scgi_temp_path %1$s/tmp/scgi;
                  upstream intake { server 127.0.0.1:%3$d; keepalive 32; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://intake;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 5s;
                    }
                  }
                }
                """.formatted(dir, Os.isRoot() ? "user root;" : "", run.port("intake"), port);
    }

    void stop() {
        if (running) {
            String pid = BenchRun.read(dir.resolve("nginx.pid")).strip();
            if (pid.matches("[0-9]+")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroy);
            }
            running = false;
        }
    }

    /** "nginx/1.22.1", when it is installed (nginx -v writes it on stderr). */
    Optional<String> version() {
        Path file = run.out.resolve("nginx-version.txt");
        file.toFile().delete();
        return binary().filter(nginx -> Os.runLogged(List.of(nginx, "-v"), Map.of(), run.settings.root(), file) == 0)
                .map(nginx -> BenchRun.read(file).strip().replace("nginx version: ", ""));
    }
}
