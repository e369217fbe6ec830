package se.huset.intake.contact;

import se.huset.intake.PageTestSupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.kit.consent.LiveList;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TriagePageTest extends PageTestSupport {

    @Test
    void boardShowsTheQueueWithClocksAndRefreshesItself() {
        String contactId = (String) registerPerson(RECEPTION_REGION, personnummer("19700202", "841"), "Board Person").get("id");
        Page page = get("/intake/triage", RECEPTION_REGION);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"contact-" + contactId + "\"").contains("väntat 0 min")
                .contains("hx-get=\"/intake/triage/queue\"").contains("hx-trigger=\"every 15s\"")
                .contains("Tillnyktring/avdelning nu").contains("Barn i hemmet").contains("SoL 14 kap. 1 §");
        Page fragment = get("/intake/triage/queue", RECEPTION_REGION);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html()).contains("id=\"contact-" + contactId + "\"").doesNotContain("<html");
        assertThat(get("/intake/triage", STEERING).status()).isEqualTo(403);
    }

    /**
     * The board polls every 15 s. A poll that shows the reader exactly what their page already shows is not a new
     * read and is not logged again; a changed queue, another reader or a made-up version is.
     */
    @Test
    void aPollShowingTheSameQueueIsNotLoggedAgain() throws Exception {
        registerPerson(RECEPTION_REGION, personnummer("19700606", "881"), "Poll Person");
        String shown = shown(get("/intake/triage/queue", RECEPTION_REGION));

        long before = listReads("reception.region");
        Page same = poll(shown, RECEPTION_REGION);
        assertThat(same.html()).contains("Poll Person");
        assertThat(shown(same)).isEqualTo(shown);
        assertThat(listReads("reception.region")).as("the same queue again: no new read").isEqualTo(before);

        long therapist = listReads("therapist.region");
        poll(shown, THERAPIST_REGION);
        assertThat(listReads("therapist.region")).as("another reader's version does not count").isGreaterThan(therapist);

        poll("made-up", RECEPTION_REGION);
        long afterMadeUp = listReads("reception.region");
        assertThat(afterMadeUp).as("a made-up version is logged").isGreaterThan(before);

        registerPerson(RECEPTION_REGION, personnummer("19700707", "891"), "Poll Newcomer");
        Page changed = poll(shown, RECEPTION_REGION);
        assertThat(changed.html()).contains("Poll Newcomer");
        assertThat(shown(changed)).isNotEqualTo(shown);
        assertThat(listReads("reception.region")).as("a changed queue is a new read").isGreaterThan(afterMadeUp);
    }

    private Page poll(String shown, String token) {
        return send(HttpRequest.GET("/intake/triage/queue").header(LiveList.SHOWN_HEADER, shown)
                .header("HX-Request", "true"), token);
    }

    private static String shown(Page page) {
        Matcher m = Pattern.compile("data-shown=\"([^\"]+)\"").matcher(page.html());
        assertThat(m.find()).as("the queue carries its version").isTrue();
        return m.group(1);
    }

    private long listReads(String username) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from kit_audit where username = ? and action = 'LIST'")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theOtherBodyIsToldHowManyContactsAreWithheld() {
        registerPerson(RECEPTION_REGION, personnummer("19700303", "851"), "Hidden Person");
        Page page = get("/intake/triage", THERAPIST_KOMMUN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).containsPattern("\\d+ kontakter visas inte: samtycke eller vårdrelation saknas")
                .doesNotContain("Hidden Person");
    }

    @Test
    void plainFormPostTriagesAndConfirmsWithTheReminder() {
        String contactId = (String) registerPerson(RECEPTION_REGION, personnummer("19700404", "861"), "Triage Me").get("id");
        Page done = post("/intake/triage/" + contactId, RECEPTION_REGION, List.of(f("urgency", "SOON"),
                f("pathway", "BEROENDEENHETEN_OUTPATIENT"), f("riskFlags", "CHILDREN_IN_HOME"), f("auditScore", "18"),
                f("note", "Ring tillbaka i morgon")));
        assertThat(done.status()).as(done.html()).isEqualTo(303);
        Page board = get(done.location(), RECEPTION_REGION);
        assertThat(board.html()).contains("Triagerad: Snart, Beroendeenhetens öppenvård").contains("orosanmälan");
        Map<String, Object> contact = body(call(HttpRequest.GET("/api/intake/contacts/" + contactId), RECEPTION_REGION));
        assertThat(contact).containsEntry("status", "TRIAGED");
    }

    @Test
    void htmxPostAnswersAFragmentWithErrorsInPlace() {
        String contactId = (String) registerPerson(RECEPTION_REGION, personnummer("19700505", "871"), "Htmx Person").get("id");
        Page bad = send(HttpRequest.POST("/intake/triage/" + contactId, "urgency=ACUTE&auditScore=99&duditScore=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("HX-Request", "true"), RECEPTION_REGION);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.html()).startsWith("<form").contains("Välj väg vidare").contains("AUDIT är 0–40")
                .contains("Måste vara ett heltal").contains("id=\"t-" + contactId + "-pathway-error\"");
        Page bad400 = post("/intake/triage/" + contactId, RECEPTION_REGION, List.of(f("urgency", "ACUTE")));
        assertThat(bad400.status()).isEqualTo(400);
        assertThat(bad400.html()).contains("Välj väg vidare")
                .contains("href=\"#t-" + contactId + "-pathway\"").containsPattern("<details[^>]*open");
        Page ok = send(HttpRequest.POST("/intake/triage/" + contactId, "urgency=ACUTE&pathway=SOBERING_UNIT_NOW")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("HX-Request", "true"), RECEPTION_REGION);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.html()).contains("Triagerad: Akut, Tillnyktring/avdelning nu")
                .contains("id=\"contact-" + contactId + "\" hx-swap-oob=\"delete\"");
        Page again = send(HttpRequest.POST("/intake/triage/" + contactId, "urgency=ACUTE&pathway=SOBERING_UNIT_NOW")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("HX-Request", "true"), RECEPTION_REGION);
        assertThat(again.html()).contains("redan triagerad");
    }

    @Test
    void anHtmxPollAfterTheSessionEndedSendsTheWholePageToTheLoginForm() {
        try {
            http.toBlocking().exchange(HttpRequest.GET("/intake/triage/queue").header("HX-Request", "true")
                    .header("HX-Current-URL", "http://localhost:8080/intake/triage"), String.class);
            throw new AssertionError("expected 401");
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
            assertThat(e.getResponse().getHeaders().get("HX-Redirect")).isEqualTo("/login?next=%2Fintake%2Ftriage");
        }
    }
}
