package se.huset.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules that live in the sources rather than the classes (issue 16): what runs the suite is Java,
 * unit-tested, so the shell left in the repository stays a thin front.
 */
class SourceRulesTest {

    private static final Path ROOT = DebianTool.projectRoot();
    private static final int SHELL_LINES = 300;
    private static final int PAGE_CLASS_LINES = 150;

    @Test
    void theShellScriptsStayAThinFront() throws IOException {
        List<Path> scripts = files().filter(SourceRulesTest::isShell).toList();
        long lines = 0;
        for (Path script : scripts) {
            lines += Files.readAllLines(script).size();
        }
        assertThat(lines).as("lines of shell in %s (the Maven wrapper aside)", scripts).isLessThan(SHELL_LINES);
    }

    /** A page controller holds one screen or a close family of them: a class that outgrows that is split by screen. */
    @Test
    void everyPageControllerIsSmall() throws IOException {
        List<String> large = new java.util.ArrayList<>();
        for (Path source : files().filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
            String text = Files.readString(source);
            long lines = text.lines().count();
            if (text.contains("@Controller") && text.contains("@View(") && lines >= PAGE_CLASS_LINES) {
                large.add(ROOT.relativize(source) + " (" + lines + " lines)");
            }
        }
        assertThat(large).as("page controllers of %d lines or more", PAGE_CLASS_LINES).isEmpty();
    }

    /**
     * No template carries an inline style or event handler: the pages' Content-Security-Policy allows none, so the
     * browser drops it and logs an error (the crawl found one on casework's decision form).
     */
    @Test
    void noTemplateHasAnInlineStyleOrHandler() throws IOException {
        java.util.regex.Pattern inline = java.util.regex.Pattern.compile("\\s(style|on[a-z]+)=\"");
        List<String> found = new java.util.ArrayList<>();
        for (Path template : files().filter(p -> p.toString().contains("/src/main/resources/views/")
                && p.toString().endsWith(".html")).toList()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                if (inline.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(template) + ":" + (i + 1));
                }
            }
        }
        assertThat(found).as("inline style or handler attributes (use a class in huset.css, or huset.js)").isEmpty();
    }

    /** The checkout's own files: build output, installed tools and git's store left out. */
    static Stream<Path> files() throws IOException {
        return Files.walk(ROOT).filter(Files::isRegularFile).filter(p -> {
            String relative = ROOT.relativize(p).toString();
            return !relative.startsWith(".git/") && !relative.startsWith(".huset/") && !relative.contains("/target/")
                    && !relative.contains("node_modules/") && !relative.startsWith(".mvn/");
        });
    }

    private static boolean isShell(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("mvnw") || name.equals("mvnw.cmd")) {
            return false;
        }
        if (name.endsWith(".sh")) {
            return true;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(first -> first.startsWith("#!") && first.matches("#!.*\\b(ba)?sh\\b.*")).orElse(false);
        } catch (IOException | java.io.UncheckedIOException binary) {
            return false;
        }
    }
}
