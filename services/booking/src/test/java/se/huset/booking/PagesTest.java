package se.huset.booking;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.request.IntakeEvents;
import se.huset.contracts.events.FeedEvent;
import se.huset.contracts.security.Org;
import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages render in Swedish, and the reception books a first visit from the waiting list in two clicks. */
@MicronautTest(transactional = false)
class PagesTest extends BookingTestSupport {

    @Inject
    IntakeEvents intakeEvents;

    private HttpResponse<String> get(String path, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " answered " + e.getStatus() + ": " + e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private HttpResponse<String> post(String path, String form, String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bearerAuth(token), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            return r;
        }
    }

    @Test
    void receptionBooksAFirstVisitFromTheWaitingList() {
        calendar("page.therapist", Org.KOMMUN, "Nexus");
        UUID contact = UUID.randomUUID();
        Instant overdue = Instant.now().minus(20, ChronoUnit.DAYS);
        intakeEvents.handle(new FeedEvent(1, "ContactTriaged", contact.toString(), overdue, Map.of(
                "contactId", contact.toString(), "clientId", UUID.randomUUID().toString(), "urgency", "PLANNED",
                "pathway", "NEXUS_OUTPATIENT", "responsibleOrgs", List.of("KOMMUN"),
                "registeredAt", overdue.toString(), "triagedAt", overdue.toString())));
        String reception = se.huset.kit.testing.TestTokens.token("reception.kommun", Org.KOMMUN, "RECEPTION");

        String list = get("/booking/waiting-list", reception).body();
        assertThat(list).contains("Väntelista för första besök", "Försenad", "Nexus, öppenvård");
        Matcher link = Pattern.compile("href=\"(/booking/waiting-list/[0-9a-f-]+)\"").matcher(list);
        assertThat(link.find()).isTrue();

        String slots = get(link.group(1), reception).body();
        assertThat(slots).contains("Boka första besök", "page.therapist");
        Matcher form = Pattern.compile("action=\"([^\"]+/book)\"[\\s\\S]*?name=\"staff\" value=\"([^\"]+)\"[\\s\\S]*?"
                + "name=\"start\" value=\"([^\"]+)\"[\\s\\S]*?name=\"end\" value=\"([^\"]+)\"").matcher(slots);
        assertThat(form.find()).isTrue();
        HttpResponse<String> booked = post(form.group(1), "staff=" + enc(form.group(2)) + "&start=" + enc(form.group(3))
                + "&end=" + enc(form.group(4)), reception);
        // the client follows the 303 back to the waiting list
        assertThat(booked.body()).contains("Första besöket är bokat.");
        assertThat(get("/booking/waiting-list", reception).body()).doesNotContain(link.group(1));
    }

    /** Item 8 of issue 14: a bad value in a page's address is a page that says so, an API call a problem+json. */
    @Test
    void aBadDateInAPagesAddressGivesAPageThatSaysWhatIsWrong() {
        HttpClientResponseException page = org.assertj.core.api.Assertions.catchThrowableOfType(() -> http.toBlocking()
                .exchange(HttpRequest.GET("/booking/day?date=2026-13-45").accept(io.micronaut.http.MediaType.TEXT_HTML)
                        .bearerAuth(THERAPIST_KOMMUN), String.class), HttpClientResponseException.class);
        assertThat(page.getStatus().getCode()).isEqualTo(400);
        assertThat(page.getResponse().getContentType().map(Object::toString)).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.getResponse().getBody(String.class).orElse(""))
                .contains("Sidan kan inte visas med de valen", "<code>date</code>", "must be a date",
                        "Inloggad som", "href=\"/booking/day\"")
                .doesNotContain("\"type\"");
        HttpClientResponseException api = org.assertj.core.api.Assertions.catchThrowableOfType(() -> http.toBlocking()
                .exchange(HttpRequest.GET("/booking/day?date=2026-13-45").bearerAuth(THERAPIST_KOMMUN), String.class),
                HttpClientResponseException.class);
        assertThat(api.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
    }

    @Test
    void staffAndAdminPagesRender() {
        calendar("therapist.kommun", Org.KOMMUN, "Nexus");
        assertThat(get("/booking/day?view=week", THERAPIST_KOMMUN).body()).contains("Vecka");
        java.time.LocalDate monday = java.time.LocalDate.now(ClinicTime.ZONE).with(java.time.temporal.TemporalAdjusters.previous(
                java.time.DayOfWeek.MONDAY)).minusWeeks(2);
        HttpResponse<Map<String, Object>> past = book(THERAPIST_KOMMUN, Map.of("type", "INDIVIDUAL",
                "clientId", UUID.randomUUID().toString(), "staff", List.of("therapist.kommun"),
                "start", monday.atTime(9, 0).atZone(ClinicTime.ZONE).toOffsetDateTime().toString(),
                "end", monday.atTime(10, 0).atZone(ClinicTime.ZONE).toOffsetDateTime().toString()));
        assertThat(past.code()).isEqualTo(201);
        String day = get("/booking/day?date=" + monday, THERAPIST_KOMMUN).body();
        assertThat(day).contains("Enskilt samtal", "value=\"attended\"");
        assertThat(post("/booking/appointments/" + body(past).get("id") + "/status",
                "action=attended&back=" + enc("/booking/day?date=" + monday), THERAPIST_KOMMUN).body())
                .contains("<td>Kom</td>").doesNotContain("value=\"attended\"");
        assertThat(get("/booking/rooms", THERAPIST_KOMMUN).body()).contains("Rumstavla");
        assertThat(get("/booking/calendar-feed", THERAPIST_KOMMUN).body()).contains("Skapa kalenderlänk");
        assertThat(post("/booking/calendar-feed", "", THERAPIST_KOMMUN).body()).contains("/api/booking/calendar-feed/");
        assertThat(get("/booking/admin", ADMIN).body()).contains("Personalens kalendrar");
        assertThat(post("/booking/admin/rooms", "name=Sidrummet&capacity=6", ADMIN).body()).contains("Sparat.");
        assertThat(post("/booking/admin/rooms", "name=&capacity=6", ADMIN).body()).contains("name");
        assertThat(post("/booking/admin/calendars", "username=new.staff&displayName=Ny&org=REGION&MONDAY=on&starts=08:00&ends=12:00",
                ADMIN).body()).contains("Sparat.");
        assertThat(post("/booking/admin/absences", "username=new.staff&start=2030-01-07T09:00&end=2030-01-07T12:00&reason=Kurs",
                ADMIN).body()).contains("Sparat.");
        assertThat(post("/booking/admin/absences", "username=new.staff&start=2030-01-07T09:00&end=2030-01-07T08:00&reason=Kurs",
                ADMIN).body()).contains("<strong>end</strong>");
        assertThat(post("/booking/admin/presence", "organisation=RFHL&weekday=TUESDAY&starts=13:00&ends=16:00", ADMIN).body())
                .contains("Sparat.");
        assertThat(get("/booking/admin", ADMIN).body()).contains("Sidrummet", "new.staff", "RFHL");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
