package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TriageQueueTest extends IntakeTestSupport {

    private String register(String urgency, Instant occurredAt, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "WALK_IN", "kind", "ADVICE", "referrer", "RELATIVE",
                "substances", List.of("CANNABIS"), "person", Map.of("anonymous", true),
                "occurredAt", occurredAt.toString()));
        if (urgency != null) {
            body.put("urgency", urgency);
        }
        return (String) body(call(HttpRequest.POST("/api/intake/contacts", body), token)).get("id");
    }

    @Test
    void queueIsOrderedByUrgencyThenWaitingTimeAndShowsTheClock() {
        Instant now = Instant.now();
        String plannedOld = register("PLANNED", now.minus(3, ChronoUnit.HOURS), RECEPTION_REGION);
        String soonNew = register("SOON", now.minus(5, ChronoUnit.MINUTES), RECEPTION_KOMMUN);
        String acute = register("ACUTE", now.minus(1, ChronoUnit.MINUTES), RECEPTION_REGION);
        String soonOld = register("SOON", now.minus(2, ChronoUnit.HOURS), RECEPTION_REGION);
        String unassessed = register(null, now.minus(10, ChronoUnit.HOURS), RECEPTION_REGION);

        Map<String, Object> queue = body(call(HttpRequest.GET("/api/intake/contacts?status=NEW&limit=200"), RECEPTION_REGION));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) queue.get("items");
        List<Object> ids = items.stream().map(i -> i.get("id")).toList();
        assertThat(ids).containsSubsequence(acute, soonOld, soonNew, plannedOld, unassessed);
        Map<String, Object> old = items.stream().filter(i -> i.get("id").equals(plannedOld)).findFirst().orElseThrow();
        assertThat(((Number) old.get("waitingMinutes")).longValue()).isBetween(179L, 182L);
    }
}
