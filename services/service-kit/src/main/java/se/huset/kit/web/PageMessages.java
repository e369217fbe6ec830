package se.huset.kit.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;

/**
 * A process's page texts for use in Java (error messages, flash notes), in the language the request asks for.
 * The API's messages are English; a page shows the translation when the process's bundle has one, else the
 * message as is.
 */
@Singleton
public class PageMessages {

    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public PageMessages(@Named(KitMessages.OWN) MessageSource messages, HttpLocaleResolver locales, Clock clock) {
        this.messages = messages;
        this.locales = locales;
        this.clock = clock;
    }

    public Translator forRequest(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        return new Translator(messages, locale, clock);
    }

    public static final class Translator {
        private final MessageSource messages;
        private final Locale locale;
        private final Clock clock;

        Translator(MessageSource messages, Locale locale, Clock clock) {
            this.messages = messages;
            this.locale = locale;
            this.clock = clock;
        }

        /** Dates and clocks in this request's language. */
        public PageDates dates() {
            return PageDates.of(locale, clock);
        }

        public String text(String key, Object... args) {
            return messages.getMessage(key, locale, args).orElse(key);
        }

        /**
         * {@code "the check digit is wrong"} on {@code person.identifier} is looked up as
         * {@code error.person.identifier.the_check_digit_is_wrong}, then {@code error.the_check_digit_is_wrong}.
         */
        public String error(String field, String message) {
            String slug = slug(message);
            return messages.getMessage("error." + field + "." + slug, locale)
                    .or(() -> messages.getMessage("error." + slug, locale))
                    .orElse(message);
        }

        public FieldErrors errors() {
            return new FieldErrors(this);
        }

        static String slug(String message) {
            return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        }
    }
}
