package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.kit.stats.SmallCells;
import se.huset.kit.testing.TestTokens;
import se.huset.kit.time.ClinicTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StatsTest extends IntakeTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void statsShowCountsWithNAndSuppressSmallCellsAndNoIdentities() {
        for (int i = 0; i < 6; i++) {
            registerPerson(RECEPTION_KOMMUN, personnummer("1990010" + (i + 1), "85" + i), "Stat Person " + i);
        }
        Map<String, Object> report = body(call(HttpRequest.GET("/api/intake/stats"), STEERING));
        String text = report.toString();
        assertThat(text).doesNotContain("Stat Person").doesNotContain("19900101");
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) report.get("contactsPerWeek");
        Map<String, Object> thisWeek = weeks.get(weeks.size() - 1);
        assertThat(((Map<String, Object>) thisWeek.get("contacts")).get("n")).isInstanceOf(Number.class);
        Map<String, Object> triage = (Map<String, Object>) report.get("triage");
        Map<String, Object> median = (Map<String, Object>) triage.get("medianMinutesToTriage");
        assertThat(median).containsKeys("value", "n", "missing");
        assertThat(call(HttpRequest.GET("/api/intake/stats"), TestTokens.token("u", Org.USER_ORG, "USER_ORG")).code())
                .isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/intake/stats"), RECEPTION_REGION).code()).isEqualTo(403);
    }

    /** The share of active clients with a named coordinator: each one named in the care team counts, once. */
    @Test
    @SuppressWarnings("unchecked")
    void theShareWithANamedCoordinatorIsTheActiveClientsWhoseCoordinatorIsLive() throws Exception {
        for (int i = 0; i < 6; i++) {
            Object client = registerPerson(RECEPTION_KOMMUN, personnummer("1991020" + (i + 1), "47" + i),
                    "Samordnad " + i).get("clientId");
            if (i < 3) {
                assertThat(call(HttpRequest.POST("/api/intake/clients/" + client + "/care-team",
                        Map.of("party", "unit:Team Vuxen", "basis", "COORDINATOR")), RECEPTION_KOMMUN).code())
                        .isEqualTo(201);
            }
        }
        long active;
        long named;
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select count(distinct c.client_id),
                       count(distinct c.client_id) filter (where exists (select 1 from kit_care_relationship r
                           where r.client_id = c.client_id and r.ref = 'team:COORDINATOR' and r.ended_at is null))
                from contact c where c.client_id is not null and c.registered_at >= now() - interval '365 days'""")) {
            rs.next();
            active = rs.getLong(1);
            named = rs.getLong(2);
        }
        assertThat(named).isGreaterThanOrEqualTo(3);
        Map<String, Object> report = body(call(HttpRequest.GET("/api/intake/stats"), STEERING));
        Map<String, Object> figure = (Map<String, Object>) report.get("activeClientsWithCoordinator");
        assertThat(figure).containsEntry("n", (int) active);
        assertThat(figure.get("value").toString()).isEqualTo(SmallCells.share(named, active).toString());
    }

    /** A week without contacts is listed as a (suppressed) zero, so "the last whole week" is never an older one. */
    @Test
    @SuppressWarnings("unchecked")
    void everyWeekOfTheRangeIsListedTheWeekInProgressLast() {
        Map<String, Object> report = body(call(HttpRequest.GET("/api/intake/stats?weeks=30"), STEERING));
        List<String> weeks = ((List<Map<String, Object>>) report.get("contactsPerWeek")).stream()
                .map(w -> (String) w.get("week")).toList();
        LocalDate today = LocalDate.now(ClinicTime.ZONE);
        List<String> expected = new ArrayList<>();
        for (int back = 30; back >= 0; back--) {
            LocalDate day = today.minusWeeks(back);
            expected.add(String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        assertThat(weeks).containsExactlyElementsOf(expected);
    }

    @Test
    void oneWorkingDaySkipsTheWeekend() throws Exception {
        assertThat(deadline("2026-11-20T14:00:00Z")).as("Friday: Monday, same time").isEqualTo("2026-11-23T14:00:00Z");
        assertThat(deadline("2026-11-21T10:00:00Z")).as("Saturday: end of Monday").isEqualTo("2026-11-23T23:00:00Z");
        assertThat(deadline("2026-11-22T22:30:00Z")).as("Sunday 23:30 local is Sunday").isEqualTo("2026-11-23T23:00:00Z");
        assertThat(deadline("2026-11-17T09:00:00Z")).as("Tuesday: Wednesday").isEqualTo("2026-11-18T09:00:00Z");
        assertThat(deadline("2026-03-27T10:00:00Z")).as("across the spring DST change: same local time")
                .isEqualTo("2026-03-30T09:00:00Z");
    }

    /**
     * The triage figures are counted in PostgreSQL; here they are counted again row by row in Java over the same
     * contacts (triaged around a weekend plus whatever other tests registered) and must agree.
     */
    @Test
    @SuppressWarnings("unchecked")
    void triageFiguresMatchACountRowByRow() throws Exception {
        ZonedDateTime friday = ZonedDateTime.now(ClinicTime.ZONE).minusWeeks(2).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY))
                .withHour(15).withMinute(0).withSecond(0).withNano(0);
        ZonedDateTime saturday = friday.plusDays(1).withHour(11);
        ZonedDateTime monday = friday.plusDays(3);
        for (int i = 0; i < 3; i++) { // three times over, so that neither the met nor the missed count is a small cell
            insertTriaged(friday, monday.withHour(14).withMinute(59));   // met
            insertTriaged(friday, monday.withHour(15).withMinute(1));    // missed
            insertTriaged(saturday, monday.withHour(23).withMinute(59)); // met
            insertTriaged(saturday, monday.plusDays(1).withHour(0).withMinute(1)); // missed
            insertTriaged(monday.withHour(9), monday.withHour(9).withMinute(30));   // met
            insertTriaged(monday.withHour(9), monday.plusDays(1).withHour(9));      // met, at the deadline
        }
        List<Long> minutes = new ArrayList<>();
        long met = 0;
        long untriaged = 0;
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select registered_at, triaged_at from contact where registered_at >= now() - interval '365 days'")) {
            while (rs.next()) {
                Instant registered = rs.getTimestamp(1).toInstant();
                Timestamp triaged = rs.getTimestamp(2);
                if (triaged == null) {
                    untriaged++;
                    continue;
                }
                minutes.add(Math.max(0, Duration.between(registered, triaged.toInstant()).toMinutes()));
                if (!triaged.toInstant().isAfter(oneWorkingDayDeadline(registered))) {
                    met++;
                }
            }
        }
        Collections.sort(minutes);
        int mid = minutes.size() / 2;
        double median = minutes.size() % 2 == 1 ? minutes.get(mid) : (minutes.get(mid - 1) + minutes.get(mid)) / 2.0;

        Map<String, Object> triage = (Map<String, Object>) body(call(HttpRequest.GET("/api/intake/stats"), STEERING)).get("triage");
        Map<String, Object> medianFigure = (Map<String, Object>) triage.get("medianMinutesToTriage");
        Map<String, Object> share = (Map<String, Object>) triage.get("shareTriagedWithinOneWorkingDay");
        assertThat(((Number) medianFigure.get("n")).longValue()).isEqualTo(minutes.size());
        assertThat(((Number) medianFigure.get("value")).doubleValue()).isEqualTo(Math.round(median * 10) / 10.0);
        assertThat(String.valueOf(medianFigure.get("missing")))
                .isEqualTo(String.valueOf(untriaged == 0 ? 0 : SmallCells.count(untriaged)));
        assertThat(((Number) share.get("value")).doubleValue())
                .isEqualTo(Math.round(1000.0 * met / minutes.size()) / 1000.0);
    }


    /** The rule again, in Java: the same local time on the next working day; weekend arrivals from Monday 00:00. */
    private static Instant oneWorkingDayDeadline(Instant registered) {
        ZonedDateTime start = registered.atZone(ClinicTime.ZONE);
        while (start.getDayOfWeek().getValue() > 5) {
            start = start.toLocalDate().plusDays(1).atStartOfDay(ClinicTime.ZONE);
        }
        ZonedDateTime deadline = start.plusDays(1);
        while (deadline.getDayOfWeek().getValue() > 5) {
            deadline = deadline.plusDays(1);
        }
        return deadline.toInstant();
    }

    private String deadline(String registered) throws Exception {
        try (Connection c = database().connect();
             PreparedStatement ps = c.prepareStatement("select one_working_day_deadline(?::timestamptz)")) {
            ps.setString(1, registered);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant().toString();
            }
        }
    }

    private void insertTriaged(ZonedDateTime registered, ZonedDateTime triaged) throws Exception {
        try (Connection c = database().connect(); PreparedStatement ps = c.prepareStatement("""
                insert into contact (id, channel, kind, referrer, substances, owner_org, registered_by, registered_at,
                                     status, urgency, triaged_by, triaged_at)
                values (gen_random_uuid(), 'PHONE', 'SELF_APPLICATION', 'SELF', '{ALCOHOL}', 'REGION', 'reception.region',
                        ?, 'TRIAGED', 'PLANNED', 'reception.region', ?)""")) {
            ps.setTimestamp(1, Timestamp.from(registered.toInstant()));
            ps.setTimestamp(2, Timestamp.from(triaged.toInstant()));
            ps.executeUpdate();
        }
    }
}
