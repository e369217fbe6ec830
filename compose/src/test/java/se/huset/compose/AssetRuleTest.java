package se.huset.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for static files (ARCHITECTURE.md §2, {@code huset-kit.properties}): every stylesheet, script and image
 * a template names is either shared, from service-kit ({@code /assets/…} in its {@code public/}, {@code /webjars/…}
 * from its WebJars), which the gateway serves itself, or the service's own under {@code /<service>/assets/…} from its
 * {@code assets/<service>/}, which the gateway forwards by prefix. A file anywhere else 404s through the gateway.
 */
class AssetRuleTest {

    private static final Path ROOT = DebianTool.projectRoot();
    private static final Path KIT = ROOT.resolve("services/service-kit/src/main/resources");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"?#]+\\.(?:css|js|png|svg|ico|jpg|woff2?))\"");

    @Test
    void everyAssetATemplateNamesIsServedThroughTheGateway() {
        List<String> wrong = new ArrayList<>();
        for (Path module : modules()) {
            String service = module.getFileName().toString();
            for (Path template : files(module.resolve("src/main/resources/views"), ".html")) {
                Matcher m = ASSET.matcher(read(template));
                while (m.find()) {
                    String url = m.group(1);
                    if (!served(service, url)) {
                        wrong.add(ROOT.relativize(template) + ": " + url);
                    }
                }
            }
        }
        assertThat(wrong).as("assets outside the rule, or naming a file that does not exist").isEmpty();
    }

    @Test
    void onlyServiceKitHasTheSharedPublicFolder() {
        assertThat(modules()).filteredOn(m -> !m.endsWith("service-kit"))
                .noneMatch(m -> Files.isDirectory(m.resolve("src/main/resources/public")));
    }

    private static boolean served(String service, String url) {
        if (url.startsWith("/assets/")) {
            return Files.isRegularFile(KIT.resolve("public").resolve(url.substring("/assets/".length())));
        }
        if (url.startsWith("/webjars/")) {
            // on the compose module's class path through service-kit, as in every process
            return AssetRuleTest.class.getResource("/META-INF/resources" + url) != null;
        }
        String own = "/" + service + "/assets/";
        return url.startsWith(own) && Files.isRegularFile(ROOT.resolve(moduleDir(service))
                .resolve("src/main/resources/assets").resolve(service).resolve(url.substring(own.length())));
    }

    private static String moduleDir(String service) {
        return "gateway".equals(service) ? "gateway" : "services/" + service;
    }

    private static List<Path> modules() {
        List<Path> modules = new ArrayList<>(list(ROOT.resolve("services")));
        modules.add(ROOT.resolve("gateway"));
        return modules;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
