package se.huset.booking.request;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.huset.booking.BookingTestSupport;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list with 10,000 older open requests: a fresh ACUTE request, arriving as intake's ContactTriaged,
 * is first on the API's first page and on the page's first screen, the pages follow each other without gaps or
 * repeats, and the first page is read from the worklist index rather than by sorting every open request.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingListOrderTest extends BookingTestSupport {

    private static final int OLDER = 10_000;
    private static final String RECEPTION_KOMMUN = TestTokens.token("reception.kommun", Org.KOMMUN, "RECEPTION");

    @Inject
    IntakeEvents intakeEvents;

    /** 10,000 SOON and PLANNED requests of both bodies triaged over the last three years, most of them overdue. */
    @BeforeAll
    void olderOpenRequests() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            // the database is shared with the module's other tests: what they left open is closed, so exactly
            // these 10,000 are open when the fresh one arrives
            st.execute("update first_visit_request set status = 'CLOSED', close_reason = 'DUPLICATE' where status = 'OPEN'");
            st.execute("""
                    insert into first_visit_request (id, contact_id, client_id, urgency, pathway, unit_org,
                                                     registered_at, triaged_at, due_at, status)
                    select md5('older-' || n)::uuid, md5('older-contact-' || n)::uuid, md5('older-client-' || n)::uuid,
                           case when n % 3 = 0 then 'SOON' else 'PLANNED' end,
                           case when n % 2 = 0 then 'NEXUS_OUTPATIENT' else 'BEROENDEENHETEN_OUTPATIENT' end,
                           case when n % 2 = 0 then 'KOMMUN' else 'REGION' end,
                           t - interval '10 minutes', t,
                           date_trunc('day', t) + case when n % 3 = 0 then interval '4 days' else interval '15 days' end,
                           'OPEN'
                    from generate_series(1, OLDER) n,
                         lateral (select now() - interval '1 day' - (n * interval '157 minutes') as t) x
                    """.replace("OLDER", String.valueOf(OLDER)));
            st.execute("analyze first_visit_request");
        }
    }

    @AfterAll
    void removeOlderRequests() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("delete from first_visit_request where id in (select md5('older-' || n)::uuid "
                    + "from generate_series(1, " + OLDER + ") n)");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFreshAcuteRequestIsFirstOnTheFirstPageWhateverIsOpen() {
        UUID contact = UUID.randomUUID();
        intakeEvents.handle(WaitingListTest.triaged(1, contact, UUID.randomUUID(), "ACUTE",
                "SOCIAL_SERVICES_INVESTIGATION", Instant.now()));

        HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests"), RECEPTION_KOMMUN);
        assertThat(r.code()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(r).get("items");
        assertThat(items.size() + (Integer) body(r).get("withheld"))
                .as("50 a page: the other body's requests are withheld without consent, and counted").isEqualTo(50);
        assertThat(items.get(0).get("contactId")).as("the new ACUTE request leads").isEqualTo(contact.toString());
        assertThat(body(r).get("next")).as("there is more, and the answer says so").isNotNull();
        assertThat(items.subList(1, items.size())).extracting(i -> i.get("urgency")).containsOnly("SOON");
        assertThat(items.get(1).get("overdue")).as("then the most overdue").isEqualTo(true);

        String page = page("/booking/waiting-list");
        int firstRow = page.indexOf("<tbody>");
        int firstLink = page.indexOf("/booking/waiting-list/", firstRow);
        assertThat(page.substring(firstLink, firstLink + 60)).as("the first row of the page")
                .contains((String) items.get(0).get("id"));
        assertThat(page).contains("rel=\"next\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesFollowEachOtherInOrderWithoutRepeatsWhileNewRequestsArrive() {
        Set<String> seen = new HashSet<>();
        UUID arriving = UUID.randomUUID();
        List<Map<String, Object>> all = new ArrayList<>();
        String next = null;
        for (int p = 0; p < 3; p++) {
            HttpResponse<Map<String, Object>> r = call(HttpRequest.GET("/api/booking/requests?org=KOMMUN&limit=200"
                    + (next == null ? "" : "&after=" + next)), RECEPTION_KOMMUN);
            assertThat(r.code()).isEqualTo(200);
            List<Map<String, Object>> items = (List<Map<String, Object>>) body(r).get("items");
            assertThat(items).hasSize(200);
            assertThat(items).extracting(i -> i.get("unitOrg")).containsOnly("KOMMUN");
            items.forEach(i -> assertThat(seen.add((String) i.get("id"))).as("no repeats").isTrue());
            all.addAll(items);
            next = (String) body(r).get("next");
            if (p == 0) {
                // a request arriving after the first page does not shift the pages that follow
                intakeEvents.handle(WaitingListTest.triaged(2, arriving, UUID.randomUUID(), "ACUTE",
                        "NEXUS_OUTPATIENT", Instant.now()));
            }
        }
        for (int i = 1; i < all.size(); i++) {
            String before = rank(all.get(i - 1));
            String after = rank(all.get(i));
            assertThat(before.compareTo(after)).as("in the work's order at " + i).isLessThanOrEqualTo(0);
        }
        assertThat(all).extracting(i -> i.get("contactId")).doesNotContain(arriving.toString());
        sql("delete from first_visit_request where contact_id = '" + arriving + "'");
    }

    private void sql(String statement) {
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rank(Map<String, Object> item) {
        String urgency = switch ((String) item.get("urgency")) {
            case "ACUTE" -> "0";
            case "SOON" -> "1";
            default -> "2";
        };
        return urgency + "|" + Instant.parse((String) item.get("dueAt")).toEpochMilli() / 1000 + "|"
                + String.format("%015d", Instant.parse((String) item.get("triagedAt")).toEpochMilli());
    }

    /** EXPLAIN of the waiting list's first and a later page, as RequestRepository asks: index order, no sort. */
    @Test
    void theFirstPageIsAnIndexScanNotASortOfEveryOpenRequest() throws Exception {
        String first = plan("""
                select * from first_visit_request where status = 'OPEN'
                order by urgency_rank, due_at, triaged_at, id limit 51""");
        assertThat(first).contains("Index Scan using first_visit_request_worklist").doesNotContain("Sort")
                .doesNotContain("Seq Scan");
        String later = plan("""
                select * from first_visit_request where status = 'OPEN'
                  and (urgency_rank, due_at, triaged_at, id) > (1::smallint, now() - interval '400 days', now() - interval '500 days', '00000000-0000-0000-0000-000000000000'::uuid)
                order by urgency_rank, due_at, triaged_at, id limit 51""");
        assertThat(later).contains("Index Scan using first_visit_request_worklist").doesNotContain("Sort")
                .doesNotContain("Seq Scan");
    }

    private String plan(String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("explain " + sql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        System.out.println("EXPLAIN " + sql.strip() + "\n" + out);
        return out.toString();
    }

    private String page(String path) {
        try {
            return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(RECEPTION_KOMMUN), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " answered " + e.getStatus());
        }
    }
}
