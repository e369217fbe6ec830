package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.intake.stats.OneWorkingDay;
import se.huset.kit.testing.TestTokens;

import java.time.Instant;
import java.time.ZoneId;
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
        assertThat(median.get("value")).as("no contact triaged yet").isEqualTo("<5");
        assertThat(call(HttpRequest.GET("/api/intake/stats"), TestTokens.token("u", Org.USER_ORG, "USER_ORG")).code())
                .isEqualTo(200);
        assertThat(call(HttpRequest.GET("/api/intake/stats"), RECEPTION_REGION).code()).isEqualTo(403);
    }

    @Test
    void oneWorkingDaySkipsTheWeekend() {
        OneWorkingDay rule = new OneWorkingDay(ZoneId.of("Europe/Stockholm"));
        Instant friday = Instant.parse("2026-11-20T14:00:00Z");
        assertThat(rule.deadline(friday)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        Instant saturday = Instant.parse("2026-11-21T10:00:00Z");
        assertThat(rule.deadline(saturday)).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(rule.met(friday, Instant.parse("2026-11-23T13:59:00Z"))).isTrue();
        assertThat(rule.met(friday, Instant.parse("2026-11-23T14:01:00Z"))).isFalse();
    }
}
