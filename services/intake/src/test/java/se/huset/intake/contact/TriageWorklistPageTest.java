package se.huset.intake.contact;

import se.huset.intake.PageTestSupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.kit.consent.LiveList;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage board as a worklist page: the first page of the open queue with the total count and the way to the
 * next page (kept by the 15-s poll), the worklist's buttons for the owning body only, and a bad cursor said on the
 * page. Own database, so the open count is this test's alone.
 */
@MicronautTest(transactional = false)
class TriageWorklistPageTest extends PageTestSupport {

    @Override
    protected String databaseName() {
        return "intake_board";
    }

    private String register(String token, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "PHONE", "kind", "ADVICE", "referrer", "SELF",
                "substances", List.of(), "person", Map.of("anonymous", true), "occurredAt", at.toString()));
        return (String) body(call(HttpRequest.POST("/api/intake/contacts", body), token)).get("id");
    }

    @Test
    void theBoardIsAWorklistPagedWithItsOpenCount() {
        Instant now = Instant.now();
        String oldest = register(RECEPTION_REGION, Instant.parse("2024-12-06T09:15:00Z"));
        for (int i = 0; i < TriageQueueView.PAGE_SIZE + 1; i++) {
            register(i % 2 == 0 ? RECEPTION_REGION : RECEPTION_KOMMUN, now.minus(i + 1, ChronoUnit.MINUTES));
        }
        Page board = get("/intake/triage", RECEPTION_REGION);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.html()).contains((TriageQueueView.PAGE_SIZE + 2) + " kontakter väntar")
                .contains("fre 6 dec. 2024 10:15").as("an old date carries its year");
        assertThat(count(board.html(), "<article")).isEqualTo(TriageQueueView.PAGE_SIZE);
        assertThat(board.html()).contains("Jag tar den").contains("Avsluta utan triagering");
        String next = next(board.html());

        Page second = get(next, RECEPTION_REGION);
        assertThat(count(second.html(), "<article")).isEqualTo(2);
        assertThat(second.html()).contains("Första sidan").doesNotContain("rel=\"next\"");
        Page poll = send(HttpRequest.GET(next.replace("/intake/triage?", "/intake/triage/queue?"))
                .header(LiveList.SHOWN_HEADER, "none"), RECEPTION_REGION);
        assertThat(count(poll.html(), "<article")).as("the poll keeps the page it refreshes").isEqualTo(2);
        assertThat(board.html()).as("all unassessed: the longest waiting first").contains("id=\"contact-" + oldest + "\"");
        assertThat(second.html()).doesNotContain("id=\"contact-" + oldest + "\"");

        Page bad = get("/intake/triage?after=garbage", RECEPTION_REGION);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).contains("Sidan finns inte längre");
        assertThat(get("/intake/triage?owner=SOMEONE", RECEPTION_REGION).status()).isEqualTo(400);
    }

    @Test
    void takingAndClosingFromTheBoardAndTheOtherBodyRefused() {
        String id = register(RECEPTION_REGION, Instant.now());
        Page taken = post("/intake/triage/" + id + "/take", RECEPTION_REGION, List.of());
        assertThat(taken.status()).isEqualTo(303);
        Page board = get(taken.location(), RECEPTION_REGION);
        assertThat(board.html()).contains("Kontakten är din.").contains("Du har tagit den");
        assertThat(get("/intake/triage?mine=true", RECEPTION_REGION).html()).contains("id=\"contact-" + id + "\"");

        Page refused = post("/intake/triage/" + id + "/close", RECEPTION_KOMMUN, List.of(f("reason", "WRONG_NUMBER")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("Bara den huvudman som äger kontakten");

        Page noReason = post("/intake/triage/" + id + "/close", RECEPTION_REGION, List.of(f("reason", "")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.html()).contains("Välj ett skäl.");

        Page closed = post("/intake/triage/" + id + "/close", RECEPTION_REGION, List.of(f("reason", "WRONG_NUMBER")));
        assertThat(closed.status()).isEqualTo(303);
        assertThat(get("/intake/triage", RECEPTION_REGION).html()).doesNotContain("id=\"contact-" + id + "\"");
    }

    private static int count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }

    private static String next(String html) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\" class=\"[^\"]*\" rel=\"next\"").matcher(html);
        assertThat(m.find()).as("a link to the next page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
