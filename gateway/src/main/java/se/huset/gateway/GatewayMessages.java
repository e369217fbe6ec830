package se.huset.gateway;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The gateway's own Swedish and English texts, beside the kit's layout bundle. */
@Factory
public class GatewayMessages {

    @Singleton
    @Named("gateway")
    MessageSource gatewayMessages() {
        return new ResourceBundleMessageSource("i18n.gateway");
    }
}
