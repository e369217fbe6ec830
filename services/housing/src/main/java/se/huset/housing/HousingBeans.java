package se.huset.housing;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

@Factory
public class HousingBeans {

    /** One clock for the service in Swedish time: decision periods and ages are Swedish calendar dates. */
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }

    @Singleton
    @Named("housing")
    MessageSource housingMessages() {
        return new ResourceBundleMessageSource("i18n.housing");
    }
}
