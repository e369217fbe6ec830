package se.huset.kit.web;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;
import se.huset.kit.time.ClinicTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed reading of a posted form: blank is null, unreadable text is a message on its field, in the page's language. */
class FormDataTest {

    enum Colour { RED, GREEN }

    private static FieldErrors errors(Locale locale) {
        // the kit's bundle stands in for the process's own here, so the fallback from own to kit is what is read
        ResourceBundleMessageSource kit = new ResourceBundleMessageSource("i18n.kit");
        return new PageMessages.Translator(kit, kit, locale, Clock.system(ClinicTime.ZONE)).errors();
    }

    @Test
    void readableFieldsAreTypedAndBlankOnesAreNull() {
        FieldErrors errors = errors(Locale.forLanguageTag("sv"));
        FormData form = FormData.from(Map.of("n", " 12 ", "sum", "1 234,50", "day", "2026-12-07", "colour", "RED",
                "colours", List.of("RED", "GREEN"), "blank", " "));
        assertThat(form.integer("n", errors)).isEqualTo(12);
        assertThat(form.decimal("sum", errors)).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(form.date("day", errors)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 7));
        assertThat(form.oneOf(Colour.class, "colour", errors)).isEqualTo(Colour.RED);
        assertThat(form.manyOf(Colour.class, "colours", errors)).containsExactly(Colour.RED, Colour.GREEN);
        assertThat(form.integer("blank", errors)).isNull();
        assertThat(form.date("absent", errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void unreadableTextIsAMessageOnItsFieldInTheReadersLanguage() {
        FieldErrors errors = errors(Locale.forLanguageTag("sv"));
        FormData form = FormData.from(Map.of("n", "tolv", "day", "7/12", "colour", "BLUE", "colours", List.of("RED", "X")));
        assertThat(form.integer("n", errors)).isNull();
        assertThat(form.date("day", errors)).isNull();
        assertThat(form.oneOf(Colour.class, "colour", errors)).isNull();
        assertThat(form.manyOf(Colour.class, "colours", errors)).containsExactly(Colour.RED);
        assertThat(form.required("name", errors)).isNull();
        assertThat(errors.all()).containsEntry("n", "Måste vara ett heltal.")
                .containsEntry("day", "Skriv ett datum som ÅÅÅÅ-MM-DD.")
                .containsEntry("colour", "Okänt värde.").containsEntry("colours", "Okänt värde.")
                .containsEntry("name", "Måste anges.");
        FieldErrors english = errors(Locale.ENGLISH);
        form.integer("n", english);
        assertThat(english.get("n")).isEqualTo("Must be a whole number.");
    }

    @Test
    void theSummaryListsTheErrorsInTheOrderTheFormAddedThem() {
        FieldErrors errors = errors(Locale.forLanguageTag("sv"));
        for (String field : java.util.List.of("start", "end", "room", "client", "kind", "note")) {
            errors.add(field, "must not be blank");
        }
        org.assertj.core.api.Assertions.assertThat(errors.all().keySet())
                .containsExactly("start", "end", "room", "client", "kind", "note");
    }
}
