package se.huset.intake;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
public class IntakeBeans {

    /** One clock for the service, so tests and demo data can reason about time. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    @Named("intake")
    MessageSource intakeMessages() {
        return new ResourceBundleMessageSource("i18n.intake");
    }
}
