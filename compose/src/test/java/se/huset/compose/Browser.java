package se.huset.compose;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by Selenium against a running {@link Suite}: logs in through the gateway's login
 * form, keeps numbered screenshots in {@code compose/target/screenshots/<test class>/<nn-step>.png} and checks
 * each page with axe-core (WCAG 2.1 A and AA). One per test class: starting Chromium is the slow part.
 *
 * <p>Chromium and chromedriver are Debian's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), named
 * explicitly so Selenium Manager never downloads a browser or driver. When they are missing (and we are not root,
 * who installs them) the browser tests are skipped, unless {@code HUSET_REQUIRE_BROWSER=1} (CI) makes that a
 * failure. axe-core comes from npm, pinned in {@code compose/browser/package-lock.json}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;

    private final Suite suite;
    private final ChromeDriver driver;
    private final Path userDataDir;
    private final Path screenshots;
    private final String axe;
    private final List<String> violations = new ArrayList<>();
    private int step;

    private Browser(Suite suite, boolean recordLogs) throws IOException {
        this.suite = suite;
        this.axe = Files.readString(axeScript(), StandardCharsets.UTF_8);
        this.screenshots = DebianTool.projectRoot().resolve("compose/target/screenshots").resolve(suite.testName());
        deleteTree(screenshots);
        Files.createDirectories(screenshots);
        this.userDataDir = Files.createTempDirectory("huset-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium's own connections are refused on a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=sv-SE",
                "--user-data-dir=" + userDataDir);
        // Swedish first, as the staff use it: the pages follow Accept-Language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        if (recordLogs) {
            // the console (level SEVERE: errors, uncaught exceptions) and the network events, read with
            // driver().manage().logs().get("browser" | "performance")
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * A browser for the test class that started the suite (after {@link #assumeAvailable()}); screenshots go to
     * {@code compose/target/screenshots/<test class>}.
     */
    static Browser open(Suite suite) {
        return open(suite, false);
    }

    /**
     * As {@link #open(Suite)}, recording the console and the network: {@code driver().manage().logs()} answers the
     * {@code browser} log (console messages, uncaught errors) and the {@code performance} log (Chromium's
     * {@code Network.*} events: every request, its response status or its failure).
     */
    static Browser openRecording(Suite suite) {
        return open(suite, true);
    }

    private static Browser open(Suite suite, boolean recordLogs) {
        try {
            return new Browser(suite, recordLogs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks, before a suite is started, that Chromium and chromedriver are there (installing Debian's as root);
     * when they are not, the test is skipped, or fails under HUSET_REQUIRE_BROWSER=1.
     */
    static void assumeAvailable() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String why = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): run ./huset test as root, or apt-get install -y chromium chromium-driver";
        try {
            DebianTool.find("chromedriver", "chromium-driver");   // installs chromium too, when we are root
        } catch (IllegalStateException installFailed) {
            why = why + "; installing failed: " + installFailed.getMessage();
        }
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        if ("1".equals(System.getenv("HUSET_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(why + " (HUSET_REQUIRE_BROWSER=1: not skipping)");
        }
        Assumptions.abort(why);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the gateway (pages are served through it) and waits for the page to load. */
    void go(String path) {
        driver.get(suite.gateway().resolve(path).toString());
    }

    /**
     * Signs in through the gateway's login form with the keyboard (a fresh session: cookies of a previous user are
     * dropped first) and waits for the page it lands on.
     */
    void login(String username, String password) {
        go("/login");
        driver.manage().deleteAllCookies();
        go("/login");
        WebElement user = driver.findElement(By.id("username"));
        user.sendKeys(username);
        user.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(password, Keys.ENTER);
        await(d -> !d.getCurrentUrl().contains("/login"), "login as " + username + " to succeed");
    }

    /** Sends keys to whatever has the focus, as a user at the keyboard would. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Shift-Tab: the focus back to the previous field. */
    void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** As a keyboard user starts on a new page: Tab to the skip link, Enter, and the focus is on the content. */
    void skipToContent() {
        keys(Keys.TAB);
        WebElement skip = focused();
        if (!"#main".equals(skip.getDomAttribute("href"))) {
            throw new AssertionError("the first Tab on " + driver.getCurrentUrl() + " reached " + describe(skip)
                    + ", not the skip link");
        }
        keys(Keys.ENTER);
        await(d -> "main".equals(focused().getAttribute("id")), "the focus on the page's content");
    }

    private static String describe(WebElement e) {
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + " name=" + e.getAttribute("name") + "> '"
                + e.getText() + "'";
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, failing after {@code max} presses. */
    WebElement tabTo(Predicate<WebElement> target, String what, int max) {
        for (int i = 0; i < max; i++) {
            keys(Keys.TAB);
            WebElement f = focused();
            if (target.test(f)) {
                return f;
            }
        }
        throw new AssertionError("Tab never reached " + what + " within " + max + " presses on "
                + driver.getCurrentUrl() + "; the focus is on " + describe(focused()));
    }

    /** Tabs to the link or button whose visible text is {@code text}. */
    WebElement tabToText(String text, int max) {
        return tabTo(e -> text.equals(e.getText().strip()) || text.equals(e.getAttribute("value")), "'" + text + "'", max);
    }

    /** Tabs to the form field with the given id. */
    WebElement tabToId(String id, int max) {
        return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id, max);
    }

    void await(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        await(condition, what, WAIT);
    }

    /** As {@link #await(java.util.function.Function, String)} with its own limit, for what other services do. */
    void await(java.util.function.Function<WebDriver, Boolean> condition, String what, Duration limit) {
        try {
            // a page being replaced by the next one makes what was read from it stale or gone: read again
            new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class)
                    .ignoring(WebDriverException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout");
            throw new AssertionError("timed out waiting for " + what + " on " + driver.getCurrentUrl() + ":\n"
                    + text(), e);
        }
    }

    WebElement awaitVisible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The page's visible text, read in one script so a page being replaced cannot leave a stale element. */
    String text() {
        Object text = driver.executeScript("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    /** Saves a screenshot of the whole page as {@code <nn>-<name>.png} in this browser's folder. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name.replaceAll("[^a-zA-Z0-9_-]", "-")));
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, Math.min(height.intValue(), 8000))));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
        return file;
    }

    /**
     * Screenshot of the current page, then axe-core on it; violations are collected for
     * {@link #assertAccessible()}, so one run lists every page's.
     */
    void check(String name) {
        screenshot(name);
        List<String> found = accessibilityViolations();
        if (!found.isEmpty()) {
            violations.add(driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "") + " (" + name + "):\n  "
                    + String.join("\n  ", found));
        }
    }

    /** Fails listing every WCAG 2.1 A/AA violation axe-core found on the pages checked so far. */
    void assertAccessible() {
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found WCAG 2.1 A/AA violations on " + violations.size() + " page(s):\n"
                    + String.join("\n", violations));
        }
    }

    /**
     * axe-core's violations of the WCAG 2.1 A and AA rules on the current page, one line per rule. Swagger UI's own
     * markup ({@code #swagger-ui} on the gateway's {@code /api-docs}) is left out: it is a third party's, vendored as
     * is, and not ours to fix; the page around it is checked like any other.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['#swagger-ui']]}, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), targets: []}]));""",
                WCAG_21_AA);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
                        + ((List<Object>) v.get("targets")).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    @Override
    public void close() {
        if (!violations.isEmpty()) {   // also when a later step failed before assertAccessible()
            System.err.println("axe-core violations seen by " + screenshots.getFileName() + ":\n"
                    + String.join("\n", violations));
        }
        try {
            driver.quit();
        } finally {
            deleteTree(userDataDir);
        }
    }

    /** compose/browser/node_modules/axe-core/axe.min.js, after {@code npm ci} there when it is missing. */
    private static Path axeScript() {
        Path browserDir = DebianTool.projectRoot().resolve("compose/browser");
        Path axe = browserDir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(axe)) {
            DebianTool.Result ci = DebianTool.run(List.of("npm", "ci", "--no-audit", "--no-fund"), browserDir, 300);
            if (ci.exitCode() != 0 || !Files.isRegularFile(axe)) {
                throw new IllegalStateException(axe + " is missing and npm ci in " + browserDir + " failed (exit "
                        + ci.exitCode() + "): run ./huset test, or npm ci there by hand\n" + ci.both());
            }
        }
        return axe;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
