package se.huset.intake.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdentityParserTest {

    private final PersonalIdentityParser parser = new PersonalIdentityParser(LocalDate.of(2026, 11, 22));

    @ParameterizedTest
    @CsvSource({
            "19121212-1212, 191212121212, PERSONNUMMER",
            "191212121212, 191212121212, PERSONNUMMER",
            "121212-1212, 201212121212, PERSONNUMMER",
            "121212+1212, 191212121212, PERSONNUMMER",
            "1212121212, 201212121212, PERSONNUMMER",
            "701063-2391, 197010632391, SAMORDNINGSNUMMER"
    })
    void acceptsValidForms(String raw, String normalized, PersonalIdentity.Kind kind) {
        PersonalIdentity id = parser.parse(raw, false).identity().orElseThrow();
        assertThat(id.normalized()).isEqualTo(normalized);
        assertThat(id.kind()).isEqualTo(kind);
    }

    @Test
    void readsBirthDateAndSexFromTheNumber() {
        PersonalIdentity id = parser.parse("19121212-1212", false).identity().orElseThrow();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(id.sex()).isEqualTo(PersonalIdentity.Sex.MALE);
        PersonalIdentity samordning = parser.parse("701063-2391", false).identity().orElseThrow();
        assertThat(samordning.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1213", "19121312-1210", "19120230-1218", "1912121212", "abc", "",
            "19121212+1212", "20301212-1210", "121212--1212"})
    void refusesInvalidNumbers(String raw) {
        PersonalIdentityParser.Result result = parser.parse(raw, false);
        assertThat(result.identity()).isEmpty();
        assertThat(result.error()).isNotBlank();
    }

    @Test
    void acceptsAndFlagsReservnummer() {
        PersonalIdentity id = parser.parse("RN-2024-0042", true).identity().orElseThrow();
        assertThat(id.reserve()).isTrue();
        assertThat(parser.parse("x", true).identity()).isEmpty();
    }

    @Test
    void luhnMatchesTheSkatteverketExample() {
        assertThat(PersonalIdentityParser.luhnValid("8112189876")).isTrue();
        assertThat(PersonalIdentityParser.luhnValid("8112189875")).isFalse();
    }
}
