package se.huset.programs;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
public class ProgramsBeans {

    /** One clock for the service, so tests and demo data can reason about time. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    @Named("programs")
    MessageSource programsMessages() {
        return new ResourceBundleMessageSource("i18n.programs");
    }
}
