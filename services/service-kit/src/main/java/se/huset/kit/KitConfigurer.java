package se.huset.kit;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Adds the defaults every HUSET process shares ({@code huset-kit.properties}) as the lowest-precedence
 * property source, so each service's own configuration only says what differs.
 */
@ContextConfigurer
public final class KitConfigurer implements ApplicationContextConfigurer {

    static final int LOWEST = -10_000;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("huset-kit", load(), LOWEST));
    }

    private static Map<String, Object> load() {
        Properties properties = new Properties();
        try (InputStream in = KitConfigurer.class.getResourceAsStream("/huset-kit.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("service-kit defaults could not be read", e);
        }
        Map<String, Object> map = new HashMap<>();
        properties.forEach((key, value) -> map.put((String) key, value));
        return map;
    }
}
