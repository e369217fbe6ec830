package se.huset.kit.demo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The scale of the demo data to load, from {@code huset.demo.scale} (set by {@code demo-data --scale}). */
@Factory
class DemoSettings {

    @Singleton
    DemoScale scale(@Value("${" + DemoScale.PROPERTY + ":demo}") String scale) {
        return DemoScale.parse(scale);
    }
}
