package se.huset.kit.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page in the menu has its name and its purpose in Swedish and English, so no page shows a raw key. */
class NavigationTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyLinkHasItsLabelAndTextInTheKitBundle(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.kit", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (Navigation.Link link : Navigation.LINKS) {
            assertThat(bundle.containsKey(link.labelKey())).as(language + ": " + link.labelKey()).isTrue();
            if (!"/".equals(link.href())) {
                assertThat(bundle.containsKey(link.textKey())).as(language + ": " + link.textKey()).isTrue();
            }
        }
    }
}
