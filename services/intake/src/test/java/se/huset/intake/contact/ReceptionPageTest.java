package se.huset.intake.contact;

import se.huset.intake.PageTestSupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReceptionPageTest extends PageTestSupport {

    @Test
    void receptionPageIsForContactRolesOnly() {
        Page page = get("/intake/reception", RECEPTION_REGION);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<html lang=\"sv\"").contains("Registrera kontakt")
                .contains("Telefon").contains("Egen ansökan").contains("Anmälan").contains("Slutenvårdstillfälle")
                .contains("for=\"person-identifier\"");
        assertThat(page.html().split("<main", -1)).as("one main landmark").hasSize(2);
        assertThat(get("/intake/reception", STEERING).status()).isEqualTo(403);
        assertThat(get("/intake/reception", AUDITOR).status()).isEqualTo(403);
        Page anonymous = get("/intake/reception", null);
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.location()).isEqualTo("/login?next=%2Fintake%2Freception");
    }

    @Test
    void englishIsThereWhenChosen() {
        Page page = send(HttpRequest.GET("/intake/reception").cookie(Cookie.of("lang", "en")), THERAPIST_KOMMUN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<html lang=\"en\"").contains("Register a contact").contains("Own application")
                .doesNotContain("Egen ansökan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersAContactThatTheApiThenShows() {
        String pnr = personnummer("19800101", "831");
        Page done = post("/intake/reception", RECEPTION_REGION, List.of(f("channel", "PHONE"), f("kind", "SELF_APPLICATION"),
                f("referrer", "SELF"), f("substances", "ALCOHOL"), f("substances", "CANNABIS"),
                f("reason", "Vill ha hjälp"), f("person.identifier", pnr), f("person.name", "Test Testsson"),
                f("person.phone", "070-1740605"), f("urgency", "SOON")));
        assertThat(done.status()).as(done.html()).isEqualTo(303);
        Page confirmed = get(done.location(), RECEPTION_REGION);
        assertThat(confirmed.html()).contains("Kontakten är registrerad").contains("Till klientens sida")
                .doesNotContain("value=\"Test Testsson\"");
        String id = confirmed.html().replaceAll("(?s).*#contact-([0-9a-f-]{36}).*", "$1");
        Map<String, Object> contact = body(call(HttpRequest.GET("/api/intake/contacts/" + id), RECEPTION_REGION));
        assertThat(contact).containsEntry("kind", "SELF_APPLICATION").containsEntry("urgency", "SOON");
        assertThat((List<Object>) contact.get("substances")).containsExactly("ALCOHOL", "CANNABIS");
    }

    @Test
    void aDoubleClickRegistersOneContact() throws Exception {
        Page form = get("/intake/reception", RECEPTION_KOMMUN);
        String key = form.html().replaceAll("(?s).*name=\"requestKey\" value=\"([0-9a-f-]{36})\".*", "$1");
        List<Map.Entry<String, String>> fields = List.of(f("requestKey", key), f("channel", "PHONE"),
                f("kind", "ADVICE"), f("referrer", "RELATIVE"), f("person.anonymous", "true"), f("reason", "Dubbelklick"));
        Page first = post("/intake/reception", RECEPTION_KOMMUN, fields);
        Page second = post("/intake/reception", RECEPTION_KOMMUN, fields);
        assertThat(first.location()).startsWith("/intake/reception?registered=");
        assertThat(second.location()).isEqualTo("/intake/reception?repeated=true");
        assertThat(get(second.location(), RECEPTION_KOMMUN).html()).contains("kontakten registrerades en gång");
        try (java.sql.Connection c = database().connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select count(*) from contact where reason = 'Dubbelklick'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void badPersonnummerComesBackNextToTheFieldWithTheValuesKept() {
        Page page = post("/intake/reception", RECEPTION_REGION, List.of(f("channel", "WALK_IN"), f("kind", "REPORT"),
                f("referrer", "POLICE"), f("substances", "OPIOIDS"), f("reason", "Orolig granne ringde"),
                f("person.identifier", "19800101-1234"), f("person.name", "Kvar Namnsson")));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html())
                .containsPattern("id=\"person-identifier-error\"[^>]*>Kontrollsiffran stämmer inte")
                .contains("aria-describedby=\"person-identifier-hint person-identifier-error\"")
                .contains("value=\"19800101-1234\"").contains("value=\"Kvar Namnsson\"")
                .contains("Orolig granne ringde")
                .containsPattern("value=\"OPIOIDS\"\\s+checked")
                .containsPattern("value=\"REPORT\"\\s+selected");
    }

    @Test
    void missingChoicesAreNamed() {
        Page page = post("/intake/reception", RECEPTION_KOMMUN, List.of(f("channel", "PHONE"), f("person.anonymous", "true"),
                f("kind", "NONSENSE")));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"kind-error\"").contains("Okänt värde")
                .contains("id=\"referrer-error\"").contains("Välj vem som tar kontakten");
    }
}
