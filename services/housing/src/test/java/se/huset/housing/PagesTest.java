package se.huset.housing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages render in Swedish, show errors next to the fields, and do what the API does. The test client follows
 * the 303 after a successful post, so success is the page it leads to.
 */
@MicronautTest(transactional = false)
class PagesTest extends HousingTestSupport {

    private HttpResponse<String> page(MutableHttpRequest<?> request, String token) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            return r;
        }
    }

    private MutableHttpRequest<String> form(String path, String body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static String text(HttpResponse<String> r) {
        return r.getBody(String.class).orElse("");
    }

    /** The start tag of the element with this id. */
    private static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+\\s[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("an element with id " + id).isTrue();
        return m.group();
    }

    /** The text of the element with this id, which holds only text. */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("<([a-z]+)\\s[^>]*\\bid=\"" + id + "\"[^>]*>([^<]*)</\\1>").matcher(html);
        assertThat(m.find()).as("an element with id " + id + " holding text").isTrue();
        return m.group(2);
    }

    /**
     * The field's label names it; the field is marked invalid and described by its error, which says message (and
     * by its help text first, when it has one).
     */
    private static void assertFieldError(String html, String id, String label, String message) {
        assertThat(html).containsPattern("<label\\s[^>]*\\bfor=\"" + id + "\"[^>]*>" + Pattern.quote(label) + "</label>");
        assertThat(tag(html, id)).contains("name=\"" + id + "\"", "is-invalid", "aria-invalid=\"true\"")
                .containsPattern("aria-describedby=\"(" + id + "-help )?" + id + "-error\"");
        assertThat(tag(html, id + "-error")).contains("invalid-feedback");
        assertThat(textOf(html, id + "-error")).isEqualTo(message);
    }

    @Test
    void boardPlaceEndWithAftercareAndAlerts() {
        String unit = unit("Skogsgläntan P", "LOW_THRESHOLD", 2, 45, true);
        HttpResponse<String> board = page(HttpRequest.GET("/housing"), HOUSING_KOMMUN);
        assertThat(board.code()).isEqualTo(200);
        assertThat(text(board)).contains("Boenden: beläggning", "Skogsgläntan P", "45 år och äldre")
                .doesNotContain("??");

        HttpResponse<String> bad = page(form("/housing/units/" + unit + "/placements",
                "clientId=inte-ett-id&decisionId=nej"), HOUSING_KOMMUN);
        assertThat(bad.code()).isEqualTo(400);
        assertFieldError(text(bad), "clientId", "Klient-id", "Ange ett id i formen 8-4-4-4-12 tecken.");
        assertFieldError(text(bad), "decisionId", "Biståndsbeslut (id)", "Ange ett id i formen 8-4-4-4-12 tecken.");

        UUID young = client(30);
        String youngDecision = decision(young, "SOL_4_1");
        HttpResponse<String> refused = page(form("/housing/units/" + unit + "/placements",
                "clientId=" + young + "&decisionId=" + youngDecision), HOUSING_KOMMUN);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(text(refused)).contains("yngre än enhetens åldersgräns");

        UUID client = client(60);
        String decision = decision(client, "SOL_4_1");
        HttpResponse<String> placed = page(form("/housing/units/" + unit + "/placements",
                "clientId=" + client + "&decisionId=" + decision), HOUSING_KOMMUN);
        assertThat(placed.code()).isEqualTo(200);
        assertThat(text(placed)).contains("Namn kan inte visas just nu", "1 av 2 platser belagda").doesNotContain("??");

        String placementId = (String) items(ok(call(HttpRequest.GET("/api/housing/placements?clientId=" + client),
                SOCIAL_KOMMUN), 200)).get(0).get("id");
        HttpResponse<String> endForm = page(HttpRequest.GET("/housing/placements/" + placementId + "/end"), SOCIAL_KOMMUN);
        assertThat(text(endForm)).contains("Eftervårdsplan", "<label for=\"nextHousing\"").doesNotContain("??")
                .containsPattern("<option value=\"KOMMUN\" selected");
        assertThat(tag(text(endForm), "reason")).contains("required", "data-autofocus", "aria-invalid=\"false\"")
                .doesNotContain("aria-describedby");
        assertThat(tag(text(endForm), "nextHousing")).contains("maxlength=\"500\"", "aria-invalid=\"false\"");
        assertThat(tag(text(endForm), "followUpDate")).contains("type=\"date\"", "min=\"" + LocalDate.now() + "\"");

        HttpResponse<String> unread = page(form("/housing/placements/" + placementId + "/end",
                "reason=&ownerOrg=X&followUpDate=nej"), SOCIAL_KOMMUN);
        assertThat(unread.code()).isEqualTo(400);
        assertFieldError(text(unread), "reason", "Anledning", "Välj en anledning.");
        assertFieldError(text(unread), "ownerOrg", "Ansvarig huvudman", "Välj ansvarig huvudman.");
        assertFieldError(text(unread), "followUpDate", "Uppföljningsdatum", "Ange ett datum (ÅÅÅÅ-MM-DD).");

        HttpResponse<String> missing = page(form("/housing/placements/" + placementId + "/end",
                "reason=EVICTED&ownerStaff=sara&ownerOrg=KOMMUN"), SOCIAL_KOMMUN);
        assertThat(missing.code()).isEqualTo(400);
        assertFieldError(text(missing), "nextHousing", "Nästa boende", "Ange nästa boende.");
        assertThat(text(missing)).contains("id=\"network-error\"").doesNotContain("id=\"ownerStaff-error\"");

        HttpResponse<String> ended = page(form("/housing/placements/" + placementId + "/end",
                "reason=EVICTED&ownerStaff=sara&ownerOrg=KOMMUN&nextHousing=Bjorkebo&occupation=Daglig+verksamhet"
                        + "&network=Mamma&followUpDate=" + LocalDate.now().plusDays(7)), SOCIAL_KOMMUN);
        assertThat(ended.code()).isEqualTo(200);
        assertThat(text(ended)).contains("0 av 2 platser belagda");

        HttpResponse<String> alerts = page(HttpRequest.GET("/housing/alerts"), SOCIAL_KOMMUN);
        assertThat(text(alerts)).contains("Namn kan inte visas just nu", "Avhyst", "Kvittera", "Stäng").doesNotContain("??");
        String alertId = (String) items(ok(call(HttpRequest.GET("/api/housing/alerts"), SOCIAL_KOMMUN), 200)).stream()
                .filter(a -> placementId.equals(a.get("placementId"))).findFirst().orElseThrow().get("id");
        HttpResponse<String> acknowledged = page(form("/housing/alerts/" + alertId + "/acknowledge", ""), SOCIAL_KOMMUN);
        assertThat(text(acknowledged)).contains("Kvitterat av socialworker.kommun");
    }

    /** Decisions are made in casework: the page lists the client's, from its feed, each with its id to place with. */
    @Test
    void aSocialWorkerSeesTheClientsDecisionsFromCaseworkWithTheirIdsToPlaceWith() {
        UUID client = client(50);
        LocalDate today = LocalDate.now();
        String lvm = decided(client, today, today, today.plusMonths(3), "LVM");
        String open = decided(client, today.minusDays(2), today.minusDays(2), null, "SOL_4_1");
        enforcedInCasework(lvm, client, today);
        HttpResponse<String> listed = page(HttpRequest.GET("/housing/decisions?clientId=" + client), SOCIAL_KOMMUN);
        assertThat(listed.code()).isEqualTo(200);
        assertThat(text(listed)).contains(lvm, open, "LVM", "Gäller i dag", "tills vidare", "Vård enligt LVM", "Boende",
                "Verkställt", "Inte ännu",
                "fattas i socialtjänstens ärenden", "href=\"/casework/investigations\"").doesNotContain("??")
                .doesNotContain("method=\"post\" action=\"/housing/decisions\"");
        String unread = text(page(HttpRequest.GET("/housing/decisions?clientId=x"), SOCIAL_KOMMUN));
        assertFieldError(unread, "clientId", "Klient-id", "Ange ett id i formen 8-4-4-4-12 tecken.");
    }

    @Test
    void theMoveFormShowsItsErrorsNextToTheFields() {
        String from = unit("Flytt från", "SUPPORTED", 2, null, false);
        String to = unit("Flytt till", "SUPPORTED", 3, null, false);
        String placementId = (String) ok(place(client(40), from, null, HOUSING_KOMMUN), 201).get("id");
        String path = "/housing/placements/" + placementId + "/move";

        String blank = text(page(HttpRequest.GET(path), HOUSING_KOMMUN));
        assertThat(blank).contains("Flytt till (3 lediga)").doesNotContain("??");
        assertThat(tag(blank, "unitId")).contains("required", "data-autofocus", "aria-invalid=\"false\"");
        assertThat(tag(blank, "decisionId")).contains("autocomplete=\"off\"", "aria-describedby=\"decisionId-help\"");
        assertThat(textOf(blank, "decisionId-help")).isEqualTo("Lämna tomt för att behålla nuvarande beslut.");

        HttpResponse<String> bad = page(form(path, "unitId=&decisionId=nej"), HOUSING_KOMMUN);
        assertThat(bad.code()).isEqualTo(400);
        assertFieldError(text(bad), "unitId", "Ny enhet", "Välj en enhet.");
        assertFieldError(text(bad), "decisionId", "Nytt biståndsbeslut (id)", "Ange ett id i formen 8-4-4-4-12 tecken.");

        String chosen = text(page(form(path, "unitId=" + to + "&decisionId=nej"), HOUSING_KOMMUN));
        assertThat(chosen).containsPattern("<option value=\"" + to + "\" selected").doesNotContain("id=\"unitId-error\"");
        assertFieldError(chosen, "decisionId", "Nytt biståndsbeslut (id)", "Ange ett id i formen 8-4-4-4-12 tecken.");
    }

    @Test
    void adminEditsUnitsWithErrorsNextToFields() {
        String blank = text(page(HttpRequest.GET("/housing/admin/units/new"), ADMIN));
        assertThat(tag(blank, "name")).contains("required", "maxlength=\"120\"", "data-autofocus");
        assertThat(tag(blank, "capacity")).contains("type=\"number\"", "min=\"1\"", "max=\"500\"",
                "aria-invalid=\"false\"", "aria-describedby=\"capacity-help\"");
        assertThat(textOf(blank, "capacity-help")).isEqualTo("Kan inte sänkas under antalet belagda platser.");
        assertThat(tag(blank, "costPerDay")).contains("inputmode=\"decimal\"", "aria-describedby=\"costPerDay-help\"");

        HttpResponse<String> bad = page(form("/housing/admin/units", "name=&type=EXTERNAL_HVB&capacity=0"), ADMIN);
        assertThat(bad.code()).isEqualTo(400);
        assertFieldError(text(bad), "name", "Namn", "Ange ett namn (högst 120 tecken) som ingen annan enhet har.");
        assertFieldError(text(bad), "capacity", "Antal platser", "Ange antal platser, 1–500.");
        assertThat(tag(text(bad), "capacity")).as("the help text stays read with the error")
                .contains("aria-describedby=\"capacity-help capacity-error\"");
        assertThat(text(bad)).containsPattern("<option value=\"EXTERNAL_HVB\" selected");
        String unread = text(page(form("/housing/admin/units",
                "name=X&type=BAD&capacity=2&minAge=x&costPerDay=y&provider=" + "p".repeat(201)), ADMIN));
        assertFieldError(unread, "type", "Typ", "Välj en typ.");
        assertFieldError(unread, "minAge", "Lägsta ålder", "Ange ett tal.");
        assertFieldError(unread, "provider", "Utförare", "Externa placeringar anger utförare (högst 200 tecken).");
        assertFieldError(unread, "costPerDay", "Kostnad per dygn (kr)", "Ange ett tal.");
        HttpResponse<String> created = page(form("/housing/admin/units",
                "name=HVB+Sidan&type=EXTERNAL_HVB&capacity=3&requiresDecision=true&provider=Vard+AB&costPerDay=3100,50"), ADMIN);
        assertThat(created.code()).isEqualTo(200);
        assertThat(text(created)).contains("HVB Sidan", "3100.50").doesNotContain("??");
    }

    @Test
    void theErrorSummaryLinksEachMessageToItsFieldInTheReadersLanguage() {
        String unit = unit("Summering", "SUPPORTED", 2, null, false);
        String placementId = (String) ok(place(client(40), unit, null, HOUSING_KOMMUN), 201).get("id");
        String path = "/housing/placements/" + placementId + "/end";

        String unread = text(page(form(path, "reason=EVICTED&ownerOrg=KOMMUN&followUpDate=nej")
                .header("Accept-Language", "en"), SOCIAL_KOMMUN));
        assertThat(unread).containsPattern("<div class=\"alert alert-danger\" role=\"alert\"")
                .contains("<a href=\"#followUpDate\">Give a date (YYYY-MM-DD).</a>").doesNotContain("??");
        assertFieldError(unread, "followUpDate", "Follow-up date", "Give a date (YYYY-MM-DD).");

        // the API names the plan's fields aftercare.nextHousing …; the form's inputs are flat
        HttpResponse<String> missing = page(form(path, "reason=EVICTED&ownerStaff=sara&ownerOrg=KOMMUN")
                .header("Accept-Language", "en"), SOCIAL_KOMMUN);
        assertThat(missing.code()).isEqualTo(400);
        assertThat(text(missing)).contains("<a href=\"#nextHousing\">Give the next housing.</a>");
        assertFieldError(text(missing), "nextHousing", "Next housing", "Give the next housing.");
        assertFieldError(text(missing), "followUpDate", "Follow-up date", "Give a follow-up date, today or later.");
    }
}
