package se.huset.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static se.huset.launcher.Console.step;
import static se.huset.launcher.Console.warn;

/**
 * What the browser tests need (compose/src/test/java/se/huset/compose/Browser.java): Debian's chromium through
 * chromium-driver, and axe-core from npm (pinned in compose/browser/package-lock.json) for the accessibility checks.
 */
final class BrowserTools {

    private BrowserTools() {
    }

    static void ensure(Settings settings) {
        boolean required = settings.env("HUSET_REQUIRE_BROWSER", "").equals("1");
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            if (Os.isRoot() && Os.have("apt-get")) {
                step("installing Debian's chromium and chromium-driver for the browser tests");
                Path log = settings.logs().resolve("apt-chromium.log");
                if (!Os.aptInstall(log, "chromium", "chromium-driver")) {
                    if (required) {
                        throw new Fail("apt-get install chromium chromium-driver failed (see " + log + ")", "the browser "
                                + "tests are required here (HUSET_REQUIRE_BROWSER=1): fix the package source and run again");
                    }
                    warn("apt-get install chromium chromium-driver failed (see " + log + "): the browser tests will be skipped");
                }
            } else {
                warn("no /usr/bin/chromium and /usr/bin/chromedriver: the browser tests will be skipped (as root: "
                        + "apt-get install -y chromium chromium-driver; HUSET_REQUIRE_BROWSER=1 makes this a failure)");
            }
        }
        Path browser = settings.root().resolve("compose/browser");
        if (!Files.isDirectory(browser.resolve("node_modules/axe-core"))) {
            if (Os.have("npm")) {
                step("npm ci in compose/browser (axe-core for the accessibility checks)");
                Path log = settings.logs().resolve("npm-ci.log");
                if (Os.runLogged(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), browser, log) != 0) {
                    throw new Fail("npm ci in compose/browser failed (see " + log + ")", "check that the npm registry is reachable");
                }
            } else {
                warn("npm is missing: the browser tests cannot load axe-core (install Node.js 20 and npm)");
            }
        }
    }
}
