package se.huset.housing.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.housing.HousingTestSupport;

import java.time.LocalDate;
import java.util.UUID;

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

    @Test
    void boardPlaceEndWithAftercareAndAlerts() {
        String unit = unit("Skogsgläntan P", "LOW_THRESHOLD", 2, 45, true);
        HttpResponse<String> board = page(HttpRequest.GET("/housing"), HOUSING_KOMMUN);
        assertThat(board.code()).isEqualTo(200);
        assertThat(text(board)).contains("Boenden: beläggning", "Skogsgläntan P", "45 år och äldre")
                .doesNotContain("??");

        HttpResponse<String> bad = page(form("/housing/units/" + unit + "/placements", "clientId=inte-ett-id"), HOUSING_KOMMUN);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(text(bad)).contains("id=\"clientId-error\"", "Ange ett id i formen");

        UUID young = client(30);
        String youngDecision = decision(young, "SOL_4_1", SOCIAL_KOMMUN);
        HttpResponse<String> refused = page(form("/housing/units/" + unit + "/placements",
                "clientId=" + young + "&decisionId=" + youngDecision), HOUSING_KOMMUN);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(text(refused)).contains("yngre än enhetens åldersgräns");

        UUID client = client(60);
        String decision = decision(client, "SOL_4_1", SOCIAL_KOMMUN);
        HttpResponse<String> placed = page(form("/housing/units/" + unit + "/placements",
                "clientId=" + client + "&decisionId=" + decision), HOUSING_KOMMUN);
        assertThat(placed.code()).isEqualTo(200);
        assertThat(text(placed)).contains(client.toString(), "1 av 2 platser belagda").doesNotContain("??");

        String placementId = (String) items(ok(call(HttpRequest.GET("/api/housing/placements?clientId=" + client),
                SOCIAL_KOMMUN), 200)).get(0).get("id");
        HttpResponse<String> endForm = page(HttpRequest.GET("/housing/placements/" + placementId + "/end"), SOCIAL_KOMMUN);
        assertThat(text(endForm)).contains("Eftervårdsplan", "<label for=\"nextHousing\"").doesNotContain("??");

        HttpResponse<String> missing = page(form("/housing/placements/" + placementId + "/end",
                "reason=EVICTED&ownerStaff=sara&ownerOrg=KOMMUN"), SOCIAL_KOMMUN);
        assertThat(missing.code()).isEqualTo(400);
        assertThat(text(missing)).contains("id=\"nextHousing-error\"", "Ange nästa boende", "id=\"network-error\"")
                .doesNotContain("id=\"ownerStaff-error\"");

        HttpResponse<String> ended = page(form("/housing/placements/" + placementId + "/end",
                "reason=EVICTED&ownerStaff=sara&ownerOrg=KOMMUN&nextHousing=Bjorkebo&occupation=Daglig+verksamhet"
                        + "&network=Mamma&followUpDate=" + LocalDate.now().plusDays(7)), SOCIAL_KOMMUN);
        assertThat(ended.code()).isEqualTo(200);
        assertThat(text(ended)).contains("0 av 2 platser belagda");

        HttpResponse<String> alerts = page(HttpRequest.GET("/housing/alerts"), SOCIAL_KOMMUN);
        assertThat(text(alerts)).contains(client.toString(), "Avhyst", "Kvittera").doesNotContain("??");
        String alertId = (String) items(ok(call(HttpRequest.GET("/api/housing/alerts"), SOCIAL_KOMMUN), 200)).stream()
                .filter(a -> placementId.equals(a.get("placementId"))).findFirst().orElseThrow().get("id");
        HttpResponse<String> acknowledged = page(form("/housing/alerts/" + alertId + "/acknowledge", ""), SOCIAL_KOMMUN);
        assertThat(text(acknowledged)).contains("Kvitterat av socialworker.kommun");
    }

    @Test
    void aSocialWorkerRecordsADecisionAndSeesItsIdToPlaceWith() {
        UUID client = client(50);
        LocalDate today = LocalDate.now();
        HttpResponse<String> future = page(form("/housing/decisions", "clientId=" + client + "&decisionDate="
                + today.plusDays(2) + "&validFrom=" + today.plusDays(2) + "&validTo=" + today.plusMonths(3)
                + "&legalBasis=SOL_4_1"), SOCIAL_KOMMUN);
        assertThat(future.code()).isEqualTo(400);
        assertThat(text(future)).contains("id=\"decisionDate-error\"");
        HttpResponse<String> recorded = page(form("/housing/decisions", "clientId=" + client + "&decisionDate="
                + today + "&validFrom=" + today + "&validTo=" + today.plusMonths(3) + "&legalBasis=LVM"), SOCIAL_KOMMUN);
        assertThat(recorded.code()).isEqualTo(200);
        String decisionId = (String) items(ok(call(HttpRequest.GET("/api/housing/decisions?clientId=" + client),
                SOCIAL_KOMMUN), 200)).get(0).get("id");
        assertThat(text(recorded)).contains(decisionId, "LVM", "Gäller i dag").doesNotContain("??");
    }

    @Test
    void adminEditsUnitsWithErrorsNextToFields() {
        HttpResponse<String> bad = page(form("/housing/admin/units", "name=&type=EXTERNAL_HVB&capacity=0"), ADMIN);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(text(bad)).contains("id=\"name-error\"", "id=\"capacity-error\"");
        HttpResponse<String> created = page(form("/housing/admin/units",
                "name=HVB+Sidan&type=EXTERNAL_HVB&capacity=3&requiresDecision=true&provider=Vard+AB&costPerDay=3100,50"), ADMIN);
        assertThat(created.code()).isEqualTo(200);
        assertThat(text(created)).contains("HVB Sidan", "3100.50").doesNotContain("??");
    }
}
