package se.huset.kit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import se.huset.kit.demo.DemoDataLoader;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.demo.DemoSwitch;

import java.util.Comparator;
import java.util.Map;

/**
 * Entry point shared by every process. {@code java -jar x.jar} serves HTTP; {@code java -jar x.jar demo-data
 * [--scale demo|county]} migrates the database, loads the synthetic demo data of that scale once (idempotent) and
 * exits; with the demo switch off ({@link DemoSwitch}, HUSET_DEMO) it loads nothing and says so.
 */
public final class HusetApplication {

    private HusetApplication() {
    }

    public static void run(Class<?> mainClass, String... args) {
        if (args.length > 0 && "demo-data".equals(args[0])) {
            DemoScale scale;
            try {
                scale = demoScale(args);
            } catch (IllegalArgumentException e) {
                System.err.println("demo-data: " + e.getMessage());
                System.exit(2);
                return;
            }
            loadDemoData(mainClass, scale);
            return;
        }
        Micronaut.build(args).mainClass(mainClass).banner(false).start();
    }

    /** {@code demo-data}, {@code demo-data --scale county} or {@code demo-data --scale=county}. */
    static DemoScale demoScale(String... args) {
        DemoScale scale = DemoScale.DEMO;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--scale=")) {
                scale = DemoScale.parse(args[i].substring("--scale=".length()));
            } else if ("--scale".equals(args[i]) && i + 1 < args.length) {
                scale = DemoScale.parse(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "': demo-data takes --scale demo|county");
            }
        }
        return scale;
    }

    private static void loadDemoData(Class<?> mainClass, DemoScale scale) {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("demo-data")
                .properties(Map.of(DemoScale.PROPERTY, scale.name()))
                .packages(mainClass.getPackageName())
                .start()) {
            if (!context.getBean(DemoSwitch.class).on()) {
                System.err.println("demo-data: nothing loaded: demo data (and its demo accounts) loads only with "
                        + "HUSET_DEMO=true");
                System.exit(0);
                return;
            }
            context.getBeansOfType(DemoDataLoader.class).stream()
                    .sorted(Comparator.comparingInt(DemoDataLoader::order))
                    .forEach(DemoDataLoader::loadOnce);
        }
        System.exit(0);
    }
}
