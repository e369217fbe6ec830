package se.huset.casework;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social workers' pages, in Swedish, do what the API does: the queue's förhandsbedömning, the investigations'
 * closing, a decision recorded from its investigation, and its enforcement. The test client follows the 303 after a
 * successful post, so success is the page it leads to.
 */
@MicronautTest(transactional = false)
class PagesTest extends CaseworkTestSupport {

    private HttpResponse<String> page(MutableHttpRequest<?> request, String token) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            return r;
        }
    }

    private static MutableHttpRequest<String> form(String path, String body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static String text(HttpResponse<String> r) {
        return r.getBody(String.class).orElse("");
    }

    @Test
    void fromTheQueueThroughAnInvestigationToAnEnforcedDecision() throws Exception {
        UUID client = UUID.randomUUID();
        String matter = (String) actualisationOf(contact("LOB", Org.REGION, client, Instant.now())).get("id");

        HttpResponse<String> queue = page(HttpRequest.GET("/casework?source=LOB"), SOCIAL_KOMMUN);
        assertThat(queue.code()).isEqualTo(200);
        assertThat(text(queue)).contains("Aktualiseringar att bedöma", "Polisen", "Inled utredning (LVM)",
                "id=\"" + matter + "-decision\"").doesNotContain("??");

        HttpResponse<String> noReason = page(form("/casework/actualisations/" + matter + "/assessment",
                "decision=NOT_OPENED&reason="), SOCIAL_KOMMUN);
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(text(noReason)).contains("Skriv varför ingen utredning inleds.", "href=\"#" + matter + "-reason\"",
                "id=\"reason-error\"");

        HttpResponse<String> opened = page(form("/casework/actualisations/" + matter + "/assessment",
                "decision=SOL&reason="), SOCIAL_KOMMUN);
        assertThat(opened.code()).as("303 to my investigations").isEqualTo(200);
        assertThat(text(opened)).contains("Pågående utredningar", "Registrera beslut", "Samordnare", "Ingen namngiven");
        HttpResponse<String> again = page(form("/casework/actualisations/" + matter + "/assessment",
                "decision=LVM"), SOCIAL_KOMMUN);
        assertThat(again.code()).isEqualTo(409);
        assertThat(text(again)).contains("En kollega har redan gjort förhandsbedömningen.");

        String investigation = single("select id from investigation where actualisation_id = '" + matter + "'");
        HttpResponse<String> form = page(HttpRequest.GET("/casework/decisions/new?investigation=" + investigation),
                SOCIAL_KOMMUN);
        assertThat(form.code()).isEqualTo(200);
        assertThat(text(form)).contains("Registrera beslut", "Öppenvårdsbehandling", "name=\"decidedOn\"");
        assertThat(page(HttpRequest.GET("/casework/decisions/new?investigation=" + investigation), SOCIAL_KOMMUN_2)
                .code()).as("a colleague who does not work with the client").isEqualTo(403);

        String today = LocalDate.now().toString();
        HttpResponse<String> noStart = page(form("/casework/decisions", "investigation=" + investigation
                + "&intervention=HVB&outcome=GRANTED&decidedOn=" + today + "&validFrom="), SOCIAL_KOMMUN);
        assertThat(noStart.code()).isEqualTo(400);
        assertThat(text(noStart)).contains("Ange från vilket datum en beviljad insats gäller.");
        HttpResponse<String> recorded = page(form("/casework/decisions", "investigation=" + investigation
                + "&intervention=HVB&outcome=GRANTED&decidedOn=" + today + "&validFrom=" + today), SOCIAL_KOMMUN);
        assertThat(recorded.code()).isEqualTo(200);
        assertThat(text(recorded)).contains("Beslut att verkställa", "HVB");
        String decision = single("select id from decision where investigation_id = '" + investigation + "'");

        HttpResponse<String> future = page(form("/casework/decisions/" + decision + "/enforcement",
                "on=" + LocalDate.now().plusDays(2)), SOCIAL_KOMMUN);
        assertThat(future.code()).isEqualTo(400);
        assertThat(text(future)).contains("Ange dagen insatsen började, i dag eller tidigare.", "href=\"#" + decision + "-on\"");
        assertThat(page(form("/casework/decisions/" + decision + "/enforcement", "on=" + today), SOCIAL_KOMMUN).code())
                .isEqualTo(200);
        assertThat(single("select enforced_on::text from decision where id = '" + decision + "'")).isEqualTo(today);

        HttpResponse<String> closed = page(form("/casework/investigations/" + investigation + "/close",
                "outcome=DECISION"), SOCIAL_KOMMUN);
        assertThat(closed.code()).isEqualTo(200);
        assertThat(single("select outcome from investigation where id = '" + investigation + "'")).isEqualTo("DECISION");
    }

    @Test
    void thePagesAreInEnglishTooAndForSocialWorkersOnly() {
        for (String path : new String[] {"/casework", "/casework/investigations?handler=me", "/casework/decisions?reportable=true"}) {
            HttpResponse<String> english = page(HttpRequest.GET(path).header("Accept-Language", "en"), SOCIAL_KOMMUN);
            assertThat(english.code()).as(path).isEqualTo(200);
            assertThat(text(english)).as(path).doesNotContain("??", "casework.");
            assertThat(page(HttpRequest.GET(path), TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST")).code())
                    .as(path).isEqualTo(403);
        }
        HttpResponse<String> badFilter = page(HttpRequest.GET("/casework?source=NOPE"), SOCIAL_KOMMUN);
        assertThat(badFilter.code()).isEqualTo(400);
        assertThat(text(badFilter)).contains("alert-danger");
    }

    private String single(String sql) throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

}
