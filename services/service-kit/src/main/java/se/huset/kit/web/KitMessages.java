package se.huset.kit.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The layout's Swedish and English texts; each service adds its own bundle beside it. */
@Factory
public class KitMessages {

    @Singleton
    @Named("kit")
    MessageSource kitMessages() {
        return new ResourceBundleMessageSource("i18n.kit");
    }
}
