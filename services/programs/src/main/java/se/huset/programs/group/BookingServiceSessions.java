package se.huset.programs.group;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import se.huset.contracts.problem.ProblemTypes;
import se.huset.kit.idempotency.Idempotency;
import se.huset.kit.problem.Problem;
import se.huset.kit.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link GroupSessionBooking} over booking's {@code POST /api/booking/series}. Booking's refusals (a facilitator
 * busy, the room too small) come back to the caller as booking worded them; booking being down is a 503.
 */
@Singleton
public class BookingServiceSessions implements GroupSessionBooking {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeriesAnswer(UUID id, List<Occurrence> occurrences) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Occurrence(UUID id, Instant start, Instant end, @Nullable Integer occurrence) {
    }

    @Serdeable
    record SeriesBody(String title, UUID roomId, int capacity, List<String> facilitators, String start, String end,
                      int weeks) {
    }

    private final HttpClient http;

    public BookingServiceSessions(@Client("${huset.booking-url}") HttpClient http) {
        this.http = http;
    }

    @Override
    public BookedSeries book(String callerToken, SeriesOrder order, @Nullable String idempotencyKey) {
        MutableHttpRequest<SeriesBody> request = HttpRequest.POST("/api/booking/series", new SeriesBody(order.title(),
                order.roomId(), order.capacity(), order.facilitators(), order.start(), order.end(), order.weeks()))
                .bearerAuth(callerToken);
        if (idempotencyKey != null) {
            request.header(Idempotency.HEADER, "programs:" + idempotencyKey);
        }
        SeriesAnswer answer;
        try {
            answer = http.toBlocking().retrieve(request, SeriesAnswer.class);
        } catch (HttpClientResponseException e) {
            throw relayed(e);
        } catch (HttpClientException e) {
            throw new ProblemException(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                    "the booking service could not be reached; the group was not created", null));
        }
        List<BookedSession> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < answer.occurrences().size(); i++) {
            Occurrence o = answer.occurrences().get(i);
            sessions.add(new BookedSession(o.id(), o.occurrence() == null ? i + 1 : o.occurrence(), o.start(), o.end()));
        }
        return new BookedSeries(answer.id(), sessions);
    }

    private static ProblemException relayed(HttpClientResponseException e) {
        int status = e.getStatus().getCode();
        Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
        String detail = "booking: " + body.getOrDefault("detail", e.getStatus().getReason());
        if (status == 400 || status == 403 || status == 409 || status == 422) {
            Object type = body.getOrDefault("type", ProblemTypes.UNPROCESSABLE);
            return new ProblemException(new Problem(type.toString(), String.valueOf(body.getOrDefault("title", "Refused by booking")),
                    status, detail, fieldErrors(body.get("errors"))));
        }
        return new ProblemException(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503, detail, null));
    }

    private static List<Problem.FieldError> fieldErrors(Object errors) {
        if (!(errors instanceof List<?> list)) {
            return null;
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(m -> new Problem.FieldError(String.valueOf(m.get("field")), String.valueOf(m.get("message"))))
                .toList();
    }
}
