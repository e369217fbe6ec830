package se.huset.kit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import se.huset.kit.demo.DemoDataLoader;

import java.util.Comparator;

/**
 * Entry point shared by every process. {@code java -jar x.jar} serves HTTP; {@code java -jar x.jar demo-data}
 * migrates the database, loads the synthetic demo data once (idempotent) and exits.
 */
public final class HusetApplication {

    private HusetApplication() {
    }

    public static void run(Class<?> mainClass, String... args) {
        if (args.length > 0 && "demo-data".equals(args[0])) {
            loadDemoData(mainClass);
            return;
        }
        Micronaut.build(args).mainClass(mainClass).banner(false).start();
    }

    private static void loadDemoData(Class<?> mainClass) {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("demo-data")
                .packages(mainClass.getPackageName())
                .start()) {
            context.getBeansOfType(DemoDataLoader.class).stream()
                    .sorted(Comparator.comparingInt(DemoDataLoader::order))
                    .forEach(DemoDataLoader::loadOnce);
        }
        System.exit(0);
    }
}
