package se.huset.followup;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
public class FollowupBeans {

    /** One clock for the service, so tests can reason about time. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    @Named("followup")
    MessageSource followupMessages() {
        return new ResourceBundleMessageSource("i18n.followup");
    }
}
