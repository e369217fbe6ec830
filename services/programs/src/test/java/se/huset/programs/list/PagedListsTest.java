package se.huset.programs.list;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.programs.ProgramsTestSupport;
import se.huset.programs.enrollment.Enrollment;
import se.huset.programs.enrollment.EnrollmentRepository;
import se.huset.programs.enrollment.EnrollmentStatus;
import se.huset.programs.group.Facilitator;
import se.huset.programs.group.GroupRepository;
import se.huset.programs.group.ProgramGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programs' lists are keyset-paged: read page by page while rows arrive, every row there from the start comes
 * exactly once; a cursor the list did not give out is 400 naming {@code after}, on the API and on the pages.
 */
@MicronautTest(transactional = false)
class PagedListsTest extends ProgramsTestSupport {

    private static final Facilitator PAGER = new Facilitator("therapist.pager", "REGION");
    private static final String THERAPIST_PAGER = se.huset.kit.testing.TestTokens.token("therapist.pager", Org.REGION,
            "THERAPIST");

    @Inject
    GroupRepository groups;

    @Inject
    EnrollmentRepository enrollments;

    private List<String> pageThrough(String path, int limit, String key, String token, IntConsumer between) {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Map<String, Object> page = body(call(HttpRequest.GET(path + sep + "limit=" + limit
                    + (after == null ? "" : "&after=" + after)), token));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertThat(items).as(page.toString()).hasSizeLessThanOrEqualTo(limit);
            items.forEach(i -> seen.add((String) i.get(key)));
            after = (String) page.get("next");
            between.accept(pages++);
        } while (after != null);
        assertThat(pages).as("more rows than one page").isGreaterThan(1);
        assertThat(new LinkedHashSet<>(seen)).as("no row twice").hasSameSizeAs(seen);
        return seen;
    }

    private void badCursor(String path, String token) {
        HttpResponse<Map<String, Object>> bad = call(HttpRequest.GET(path + (path.contains("?") ? "&" : "?")
                + "after=bm90LWEtY3Vyc29y"), token);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(body(bad).toString()).contains("field=after");
        HttpResponse<Map<String, Object>> badLimit = call(HttpRequest.GET(path + (path.contains("?") ? "&" : "?")
                + "limit=0"), token);
        assertThat(body(badLimit).toString()).contains("field=limit");
    }

    private UUID group(String name) {
        UUID id = UUID.randomUUID();
        groups.insert(new ProgramGroup(id, "CRA", name, "REGION", List.of(PAGER), 12, ProgramGroup.Intake.ROLLING,
                null), "test", Instant.now());
        return id;
    }

    private UUID enrollment(UUID client, UUID group, LocalDate referred) {
        UUID id = UUID.randomUUID();
        enrollments.insert(new Enrollment(id, client, "CRA", group, Org.REGION, "therapist.pager",
                EnrollmentStatus.COMPLETED, null, false, referred, referred, referred.plusWeeks(12), null, null, null),
                Instant.now());
        return id;
    }

    @Test
    void myGroupsByNameWhileGroupsAreCreated() {
        Set<String> existing = new LinkedHashSet<>();
        for (int i = 0; i < 9; i++) {
            existing.add(group("Sidgrupp " + (char) ('B' + i)).toString());
        }
        List<String> seen = pageThrough("/api/programs/groups?mine=true", 4, "id", THERAPIST_PAGER,
                page -> group("Sidgrupp A" + page));
        assertThat(seen).containsAll(existing);
        badCursor("/api/programs/groups", THERAPIST_PAGER);
        assertThat(body(call(HttpRequest.GET("/api/programs/groups?mine=ja"), THERAPIST_PAGER)).toString())
                .contains("field=mine");

        HttpResponse<String> today = http.toBlocking().exchange(HttpRequest.GET("/programs/today?limit=3")
                .accept(MediaType.TEXT_HTML).bearerAuth(THERAPIST_PAGER), String.class);
        assertThat(today.body()).contains("rel=\"next\"", "Sidgrupp").doesNotContain("??");
    }

    @Test
    void aGroupsParticipantsAndAClientsHistoryWhileEnrollmentsArrive() {
        UUID group = group("Deltagarsidor");
        Set<String> existing = new LinkedHashSet<>();
        LocalDate day = LocalDate.now().minusYears(2);
        for (int i = 0; i < 11; i++) {
            existing.add(enrollment(client(30), group, day.plusDays(i)).toString());
        }
        List<String> seen = pageThrough("/api/programs/groups/" + group + "/participants", 4, "id",
                THERAPIST_PAGER, page -> enrollment(client(30), group, LocalDate.now()));
        assertThat(seen.subList(0, existing.size())).as("in the order referred").containsExactlyElementsOf(existing);
        badCursor("/api/programs/groups/" + group + "/participants", THERAPIST_PAGER);
        assertThat(body(call(HttpRequest.GET("/api/programs/groups/" + group + "/participants?status=GONE"),
                THERAPIST_PAGER)).toString()).contains("field=status");

        UUID client = client(40);
        Set<String> history = new LinkedHashSet<>();
        for (int i = 0; i < 7; i++) {
            history.add(enrollment(client, group, day.plusMonths(i)).toString());
        }
        List<String> shown = pageThrough("/api/programs/clients/" + client + "/enrollments", 3, "id",
                THERAPIST_PAGER, page -> enrollment(client, group, day.minusYears(1)));
        assertThat(shown).containsAll(history);
        badCursor("/api/programs/clients/" + client + "/enrollments", THERAPIST_PAGER);

        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/programs/groups/" + group + "?limit=5")
                .accept(MediaType.TEXT_HTML).bearerAuth(THERAPIST_PAGER), String.class);
        assertThat(page.body()).contains("rel=\"next\"", "Namn kan inte visas just nu",
                String.valueOf(day.getYear())).doesNotContain("??");
        for (String path : List.of("/programs/groups/" + group + "?after=trasig", "/programs/clients/" + client
                + "?after=trasig", "/programs/catalog?after=trasig", "/programs/today?limit=-1")) {
            try {
                http.toBlocking().exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML).bearerAuth(THERAPIST_PAGER),
                        String.class);
                throw new AssertionError(path + " is a bad request");
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).as(path).isEqualTo(400);
                assertThat(e.getResponse().getBody(String.class).orElseThrow()).as(path)
                        .contains("Listan kan inte visas med värdet i");
            }
        }
    }

    @Test
    void theCatalogueByNameWhileProgrammesAreAdded() {
        for (int i = 0; i < 4; i++) {
            programme("ZZ" + i, "Övningsprogram " + i);
        }
        List<String> seen = pageThrough("/api/programs/catalog", 3, "code", THERAPIST_KOMMUN,
                page -> programme("AA" + page, "Aaa-program " + page));
        assertThat(seen).contains("CRA", "AP", "MI", "ZZ0", "ZZ3");
        badCursor("/api/programs/catalog", THERAPIST_KOMMUN);
    }

    private void programme(String code, String name) {
        assertThat(call(HttpRequest.PUT("/api/programs/catalog/" + code, Map.of("name", name, "format", "GROUP",
                "goalType", "ABSTINENCE", "plannedSessions", 8, "orgs", List.of("REGION"),
                "description", "Ett program för test av sidor.")), ADMIN).code()).isEqualTo(200);
    }
}
