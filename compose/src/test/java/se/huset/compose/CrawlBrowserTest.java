package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import se.huset.contracts.stats.StatsField;
import se.huset.contracts.stats.StatsFields;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: every page as its users meet it. Headless Chromium signs in through the gateway as each demo account
 * (with every service's demo data loaded), opens the home page, every page of that account's menu, and from those
 * pages the first link of each kind one click deeper (a client, a group, a unit, a milestone, a waiting-list item,
 * a SIP, a filter, the next page of a list, …). A page fails when it answers ≥ 400 or lands on the login page,
 * when any of its requests (stylesheet, script, image, font, fetch/XHR) answers ≥ 400 or fails, when the console
 * shows an error or an uncaught script error, when a chart's canvas stays undrawn, and on every axe-core WCAG 2.1
 * A/AA violation. A link to a file (PDF, CSV, calendar feed, the API) is fetched and must answer &lt; 400.
 * Swagger UI ({@code /api-docs}, in no menu) is opened by its address: it must show the operations of the first
 * document, and each document it links to must load through the gateway.
 *
 * <p>Every failure of every account is collected and the test fails once with the whole list (account, page,
 * what), written also to {@code compose/target/crawl-report.txt} with the slowest pages; pages with a failure are
 * photographed into {@code compose/target/screenshots/CrawlBrowserTest}. The gateway keeps its production proxy
 * timeout, so a page too slow for users answers 503 here too. The same suite checks the steering group's KPIs
 * against the stats contract (one start with every demo data serves both).
 */
class CrawlBrowserTest {

    private static final List<String> ACCOUNTS = List.of("reception.region", "reception.kommun", "therapist.region",
            "therapist.kommun", "socialworker.kommun", "housing.kommun", "steering", "userorg", "researcher", "auditor",
            "admin");

    /** Links that are files, not pages: fetched, never opened. */
    private static final Pattern FILE_LINK = Pattern.compile("^/(api|fhir)/.*|.*\\.(pdf|csv|ics|json|xml|txt)$");
    /** A path segment or query value that names one thing (an id, a date, a code with a number in it). */
    private static final Pattern NAMES_ONE = Pattern.compile(".*[0-9].*");
    /** "http://host:port/path - Failed to load resource: …": a console line that repeats a request's failure. */
    private static final Pattern FAILED_RESOURCE = Pattern.compile("^(\\S+) - Failed to load resource.*");
    private static final Set<String> NOT_TO_FOLLOW = Set.of("/logout", "/login", "/lang");
    private static final String API_DOCS = "/api-docs";
    private static final long SETTLE_LIMIT_MS = 5000;
    private static final long QUIET_MS = 150;
    private static final Json JSON = new Json();
    private static final long COLLECTION_WAIT_MS = 90_000;

    @AutoClose
    private static Suite suite;
    @AutoClose
    private static Browser browser;

    /**
     * Issue 16, on the same suite and demo data: the rollout plan against the stats contract, as {@code ./huset up}
     * shows it. Every KPI names a figure of the contract ({@link StatsFields}) with the same unit and the same
     * direction (higher or lower is better) as the figure's rule, and every KPI on the dashboard has a value.
     */
    @Test
    void everyKpiFindsItsFigureWithItsUnitAndDirectionAndShowsAValue() throws InterruptedException {
        String steering = suite.login("steering", ClinicFixture.PASSWORD);
        List<Map<String, Object>> kpis = kpis(steering);
        assertThat(kpis).as("the plan's KPIs").hasSize(26);

        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> kpi : kpis) {
            Optional<StatsField<?>> field = StatsFields.find((String) kpi.get("source"), (String) kpi.get("field"));
            if (field.isEmpty()) {
                wrong.add(kpi.get("code") + ": " + kpi.get("source") + "." + kpi.get("field") + " is no figure of the contract");
                continue;
            }
            if (!field.get().better().name().equals(kpi.get("better"))) {
                wrong.add(kpi.get("code") + ": the plan says " + kpi.get("better") + " is better, the figure's rule "
                        + field.get().better());
            }
            if (!field.get().unit().name().equals(kpi.get("unit"))) {
                wrong.add(kpi.get("code") + ": the plan measures " + kpi.get("unit") + ", the figure " + field.get().unit());
            }
        }
        assertThat(wrong).as("KPIs that do not match the stats contract").isEmpty();

        long deadline = System.currentTimeMillis() + COLLECTION_WAIT_MS;
        List<String> withoutValue;
        do {
            Thread.sleep(2000);
            withoutValue = kpis(steering).stream()
                    .filter(k -> !"CURRENT".equals(k.get("state")) || k.get("value") == null)
                    .map(k -> k.get("code") + " (" + k.get("source") + "." + k.get("field") + "): state " + k.get("state")
                            + ", suppressed " + k.get("suppressed") + ", n " + k.get("n"))
                    .toList();
        } while (!withoutValue.isEmpty() && System.currentTimeMillis() < deadline);
        assertThat(withoutValue).as("KPIs without a value after the demo data").isEmpty();
    }

    private static List<Map<String, Object>> kpis(String token) {
        HttpResponse<String> r = suite.get("gateway", "/api/rollout/kpis", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.toType(r.body(), Json.LIST_OF_MAPS_TYPE);
    }

    /** One thing wrong on one page, as one line of the report. */
    record Failure(String account, String page, String what) {
        @Override
        public String toString() {
            return account + "  " + page + "  " + what;
        }
    }

    /** How long a page took to load until its requests settled, and then to check (axe, logs, charts). */
    private record Timing(String account, String page, long loadMillis, long checkMillis) {
    }

    private final List<Failure> failures = new ArrayList<>();
    private final List<Timing> timings = new ArrayList<>();
    private final Set<String> visited = new LinkedHashSet<>();
    private final Set<String> warmKinds = new HashSet<>();
    private final List<String> coldRetries = new ArrayList<>();

    @BeforeAll
    static void boot() {
        // rollout collects soon after the demo data is in, not after the production five minutes
        suite = Suite.startWithDemoData(Map.of("HUSET_ROLLOUT_COLLECT_INTERVAL", "3s"), "intake", "booking",
                "programs", "housing", "followup", "rollout", "casework");
    }

    @Test
    void everyPageOfEveryAccountLoadsWholeWithoutErrorsAndAccessible() throws IOException {
        Browser.assumeAvailable();
        browser = Browser.openRecording(suite);
        long started = System.nanoTime();
        drainLogs();
        visit("(signed out)", "/login", "/login");
        for (String account : ACCOUNTS) {
            crawl(account);
        }
        apiDocs("therapist.region");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        String report = report(seconds);
        Path file = DebianTool.projectRoot().resolve("compose/target/crawl-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        if (!failures.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /** Signs in as the account, then its home page, its menu and one click deeper from each menu page. */
    private void crawl(String account) {
        browser.login(account, ClinicFixture.PASSWORD);
        if (!visit(account, "/", "/")) {
            return;
        }
        List<String> menu = menu();
        if (menu.isEmpty()) {
            failures.add(new Failure(account, "/", "the menu has no pages"));
        }
        Map<String, Link> deeper = new LinkedHashMap<>();   // kind of link -> the first link of that kind
        Set<String> menuPaths = new HashSet<>(menu);
        menuPaths.add("/");
        for (String page : menu) {
            if (visit(account, page, page)) {
                for (Link link : links(page)) {
                    if (!menuPaths.contains(link.target()) && !link.target().equals(page)) {
                        deeper.putIfAbsent(kind(link.target()), link);
                    }
                }
            }
        }
        for (Link link : deeper.values()) {
            String label = link.target() + " (from " + link.from() + ")";
            if (link.download() || FILE_LINK.matcher(path(link.target())).matches()) {
                fetch(account, link.target(), label);
            } else {
                visit(account, link.target(), label);
            }
        }
    }

    /** Swagger UI for any signed-in user: it draws the first document's operations, and every document loads. */
    private void apiDocs(String account) {
        browser.login(account, ClinicFixture.PASSWORD);
        if (!visit(account, API_DOCS, API_DOCS)) {
            return;
        }
        Number operations = (Number) js().executeScript("return document.querySelectorAll('#swagger-ui .opblock').length;");
        if (operations.intValue() == 0) {
            failures.add(new Failure(account, API_DOCS, "Swagger UI shows no operations"));
        }
        List<Link> documents = links(API_DOCS).stream().filter(l -> l.target().endsWith("/openapi.yml")).toList();
        if (documents.isEmpty()) {
            failures.add(new Failure(account, API_DOCS, "links no OpenAPI document"));
        }
        documents.forEach(d -> fetch(account, d.target(), d.target() + " (from " + API_DOCS + ")"));
    }

    /**
     * Opens a page, waits until its requests have settled and records everything wrong with it under
     * {@code label}; answers whether the page itself loaded (so its links can be followed).
     */
    private boolean visit(String account, String page, String label) {
        visited.add(account + " " + page);
        WebDriver driver = browser.driver();
        long start = System.nanoTime();
        Network network;
        try {
            network = load(page);
            if (Integer.valueOf(503).equals(network.documentStatus) && warmKinds.add(kind(page))) {
                // the first request of its kind since the start: a JVM compiling the page's code and template may
                // pass the gateway's timeout once; listed in the report, and a second 503 is a failure
                coldRetries.add(account + "  " + label + "  503 on the first request of its kind, tried again");
                network = load(page);
            }
        } catch (RuntimeException e) {
            failures.add(new Failure(account, label, "did not load: " + e.getMessage().lines().findFirst().orElse("")));
            return false;
        }
        warmKinds.add(kind(page));
        long loadedAt = System.nanoTime();
        int before = failures.size();
        boolean loaded = true;
        String landed = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        if (!"/login".equals(page) && path(landed).equals("/login")) {
            failures.add(new Failure(account, label, "sent to the login page"));
            loaded = false;
        }
        Integer status = network.documentStatus;
        if (status != null && status >= 400) {
            failures.add(new Failure(account, label, "answered " + status));
            loaded = false;
        }
        network.failed.forEach(f -> failures.add(new Failure(account, label, f)));
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                Matcher m = FAILED_RESOURCE.matcher(e.getMessage());
                if (!(m.matches() && network.failedUrls.contains(m.group(1)))) {
                    failures.add(new Failure(account, label, "console error: " + e.getMessage()));
                }
            }
        }
        if (loaded) {
            for (Object canvas : (List<?>) js().executeScript("""
                    return Array.from(document.querySelectorAll('canvas'))
                        .filter(c => !(window.Chart && window.Chart.getChart(c)))
                        .map(c => 'canvas' + (c.id ? '#' + c.id : '') + (c.className ? '.' + c.className : ''));""")) {
                failures.add(new Failure(account, label, "chart not drawn: " + canvas));
            }
            browser.accessibilityViolations()
                    .forEach(v -> failures.add(new Failure(account, label, "axe " + v)));
        }
        if (failures.size() > before) {
            browser.screenshot(account + page);
        }
        long end = System.nanoTime();
        timings.add(new Timing(account, page, (loadedAt - start) / 1_000_000L, (end - loadedAt) / 1_000_000L));
        return loaded;
    }

    /** Opens the page after emptying the logs, and reads the network log until its requests have settled. */
    private Network load(String page) {
        drainLogs();
        Network network = new Network();
        browser.go(page);
        settle(network);
        return network;
    }

    /** A file link (PDF, CSV, …) fetched with the signed-in session: it must answer below 400. */
    private void fetch(String account, String target, String label) {
        visited.add(account + " " + target);
        Object status = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));""",
                target);
        if (!(status instanceof Number n) || n.intValue() >= 400) {
            failures.add(new Failure(account, label, "file link answered " + status));
        }
    }

    /** The paths of the menu in the layout's header, in its order, without the home page. */
    private List<String> menu() {
        List<?> hrefs = (List<?>) js().executeScript("""
                return Array.from(document.querySelectorAll('header nav .navbar-nav a.nav-link'))
                    .map(a => a.getAttribute('href'));""");
        return hrefs.stream().map(String::valueOf).filter(h -> !h.equals("/")).distinct().toList();
    }

    /** A link in a page's content: where it goes, whether it is a download, and the page it is on. */
    private record Link(String target, boolean download, String from) {
    }

    /** The links in the page's content to other pages of the suite (path and query, no fragment). */
    private List<Link> links(String from) {
        String gateway = suite.gateway().getAuthority();
        List<?> found = (List<?>) js().executeScript("""
                return Array.from(document.querySelectorAll('main a[href]'))
                    .map(a => [a.href, a.hasAttribute('download')]);""");
        List<Link> links = new ArrayList<>();
        for (Object o : found) {
            List<?> pair = (List<?>) o;
            URI uri = URI.create(String.valueOf(pair.get(0)));
            if (!"http".equals(uri.getScheme()) || !gateway.equals(uri.getAuthority())) {
                continue;
            }
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (NOT_TO_FOLLOW.contains(uri.getRawPath())
                    || (uri.getRawFragment() != null && target.equals(currentTarget()))) {
                continue;
            }
            links.add(new Link(target, Boolean.TRUE.equals(pair.get(1)), from));
        }
        return links;
    }

    private String currentTarget() {
        URI uri = URI.create(browser.driver().getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * What kind of page a link opens: its path with each segment that names one thing (has a digit: an id, a date,
     * a code) as {@code *}, and the names of its query parameters. {@code /programs/groups/3f…} and
     * {@code /programs/groups/9a…} are one kind; {@code ?urgency=ACUTE} and {@code ?urgency=SOON} too.
     */
    static String kind(String target) {
        String p = path(target);
        String kind = Arrays.stream(p.split("/", -1)).map(s -> NAMES_ONE.matcher(s).matches() ? "*" : s)
                .collect(Collectors.joining("/"));
        int q = target.indexOf('?');
        if (q >= 0) {
            kind += "?" + Arrays.stream(target.substring(q + 1).split("&")).map(kv -> kv.split("=", 2)[0])
                    .sorted().distinct().collect(Collectors.joining("&"));
        }
        return kind;
    }

    private static String path(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** What the network log says about one page load: the page's own status and every failed request. */
    private static final class Network {
        final Map<String, String> urls = new HashMap<>();
        final Map<String, String> types = new HashMap<>();
        final Set<String> open = new HashSet<>();
        final List<String> failed = new ArrayList<>();
        final Set<String> failedUrls = new HashSet<>();
        Integer documentStatus;

        @SuppressWarnings("unchecked")
        void read(List<LogEntry> entries) {
            for (LogEntry entry : entries) {
                Map<String, Object> entryJson = JSON.toType(entry.getMessage(), Map.class);
                Map<String, Object> message = (Map<String, Object>) entryJson.get("message");
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                String id = String.valueOf(params.get("requestId"));
                switch (String.valueOf(message.get("method"))) {
                    case "Network.requestWillBeSent" -> {
                        String url = String.valueOf(((Map<String, Object>) params.get("request")).get("url"));
                        if (url.startsWith("http")) {   // not data: URLs, nor Chromium's own chrome-untrusted: pages
                            urls.put(id, url);
                            types.put(id, String.valueOf(params.get("type")));
                            open.add(id);
                        }
                    }
                    case "Network.responseReceived" -> {
                        if (!urls.containsKey(id)) {
                            continue;
                        }
                        int status = ((Number) ((Map<String, Object>) params.get("response")).get("status")).intValue();
                        if ("Document".equals(types.get(id))) {
                            documentStatus = status;
                            failedUrls.add(urls.get(id));   // its console line repeats the status reported
                        } else if (status >= 400) {
                            fail(id, "answered " + status);
                        }
                    }
                    case "Network.loadingFinished" -> open.remove(id);
                    case "Network.loadingFailed" -> {
                        open.remove(id);
                        boolean canceled = Boolean.TRUE.equals(params.get("canceled"));
                        if (urls.containsKey(id) && (!canceled || params.get("blockedReason") != null)) {
                            fail(id, "failed: " + params.get("errorText")
                                    + (params.get("blockedReason") == null ? "" : " (" + params.get("blockedReason") + ")"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void fail(String id, String what) {
            String url = urls.get(id);
            failedUrls.add(url);
            failed.add(types.get(id).toLowerCase(java.util.Locale.ROOT) + " "
                    + url.replaceFirst("^https?://[^/]+", "") + " " + what);
        }
    }

    /** Reads the network log until no request is open and none has started for a moment (htmx loads after load). */
    private void settle(Network network) {
        long deadline = System.currentTimeMillis() + SETTLE_LIMIT_MS;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            List<LogEntry> entries = browser.driver().manage().logs().get(LogType.PERFORMANCE).getAll();
            network.read(entries);
            long now = System.currentTimeMillis();
            if (!entries.isEmpty() || !network.open.isEmpty()) {
                quietSince = now;
            } else if (now - quietSince >= QUIET_MS) {
                return;
            }
            sleep(50);
        }
        network.open.forEach(id -> network.failed.add(network.types.get(id).toLowerCase(java.util.Locale.ROOT) + " "
                + network.urls.get(id).replaceFirst("^https?://[^/]+", "") + " still loading after "
                + SETTLE_LIMIT_MS + " ms"));
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void drainLogs() {
        browser.driver().manage().logs().get(LogType.PERFORMANCE);
        browser.driver().manage().logs().get(LogType.BROWSER);
    }

    private String report(long seconds) {
        StringBuilder r = new StringBuilder();
        r.append("Crawl of ").append(ACCOUNTS.size()).append(" accounts: ").append(visited.size())
                .append(" pages and files in ").append(seconds).append(" s; ").append(failures.size())
                .append(" failure(s).\n");
        if (!failures.isEmpty()) {
            r.append("\nFailures (account  page  what):\n");
            failures.forEach(f -> r.append("  ").append(f).append('\n'));
        }
        if (!coldRetries.isEmpty()) {
            r.append("\nCold first answers:\n");
            coldRetries.forEach(c -> r.append("  ").append(c).append('\n'));
        }
        r.append(String.format("%nTime: loading %d s, checking %d s (axe, logs, charts).%n",
                timings.stream().mapToLong(Timing::loadMillis).sum() / 1000,
                timings.stream().mapToLong(Timing::checkMillis).sum() / 1000));
        r.append("Slowest pages (load until settled):\n");
        timings.stream().sorted(Comparator.comparingLong(Timing::loadMillis).reversed()).limit(10)
                .forEach(t -> r.append(String.format("  %6d ms  %s  %s%n", t.loadMillis(), t.account(), t.page())));
        return r.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
