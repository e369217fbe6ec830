package se.huset.kit.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The layout's Swedish and English texts, and beside them the process's own ({@code i18n/<its name>}). */
@Factory
public class KitMessages {

    /** The name under which a process's own bundle is injected where Java needs a text. */
    public static final String OWN = "own";

    @Singleton
    @Named("kit")
    MessageSource kitMessages() {
        return new ResourceBundleMessageSource("i18n.kit");
    }

    @Singleton
    @Named(OWN)
    MessageSource ownMessages(@Value("${micronaut.application.name}") String process) {
        return new ResourceBundleMessageSource("i18n." + process);
    }
}
