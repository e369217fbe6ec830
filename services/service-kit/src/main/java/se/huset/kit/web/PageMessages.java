package se.huset.kit.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * A process's page texts for use in Java (error messages, flash notes), in the language the request asks for.
 * The API's messages are English; a page shows the translation when the process's bundle has one, else the kit's
 * (the messages every form shares: "is required", "must be a date" …), else the message as is.
 */
@Singleton
public class PageMessages {

    private final MessageSource own;
    private final MessageSource kit;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    public PageMessages(@Named(KitMessages.OWN) MessageSource own, @Named("kit") MessageSource kit,
                        HttpLocaleResolver locales, Clock clock) {
        this.own = own;
        this.kit = kit;
        this.locales = locales;
        this.clock = clock;
    }

    public Translator forRequest(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        return new Translator(own, kit, locale, clock);
    }

    public static final class Translator {
        private final MessageSource own;
        private final MessageSource kit;
        private final Locale locale;
        private final Clock clock;

        Translator(MessageSource own, MessageSource kit, Locale locale, Clock clock) {
            this.own = own;
            this.kit = kit;
            this.locale = locale;
            this.clock = clock;
        }

        /** Dates and clocks in this request's language. */
        public PageDates dates() {
            return PageDates.of(locale, clock);
        }

        public String text(String key, Object... args) {
            return find(key, args).orElse(key);
        }

        /** The text of {@code key} when a bundle has one: for words of other services' codes, which may be new. */
        public Optional<String> find(String key, Object... args) {
            return own.getMessage(key, locale, args).or(() -> kit.getMessage(key, locale, args));
        }

        /**
         * {@code "the check digit is wrong"} on {@code person.identifier} is looked up as
         * {@code error.person.identifier.the_check_digit_is_wrong}, then {@code error.the_check_digit_is_wrong}, in
         * the process's bundle and then the kit's.
         */
        public String error(String field, String message) {
            String slug = slug(message);
            return own.getMessage("error." + field + "." + slug, locale)
                    .or(() -> own.getMessage("error." + slug, locale))
                    .or(() -> kit.getMessage("error." + slug, locale))
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
