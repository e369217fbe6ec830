package se.huset.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AnonymousContactTest extends IntakeTestSupport {

    @Test
    void anAnonymousAdviceCallIsLaterLinkedToTheClientByTheBodyThatRecordedIt() {
        Map<String, Object> call = body(call(HttpRequest.POST("/api/intake/contacts", Map.of("channel", "PHONE",
                "kind", "RELATIVE", "referrer", "RELATIVE", "substances", List.of("OPIOIDS"),
                "reason", "Mamma orolig för sin son", "person", Map.of("anonymous", true))), RECEPTION_KOMMUN));
        assertThat(call.get("clientId")).isNull();
        assertThat(call.get("anonymous")).isEqualTo(true);
        String person = personnummer("19990417", "851");
        Map<String, Object> link = Map.of("person", Map.of("identifier", person, "name", "Olle Länk"));
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + call.get("id") + "/link", link), RECEPTION_REGION)
                .code()).as("the Region did not record it").isEqualTo(403);
        HttpResponse<Map<String, Object>> linked = call(HttpRequest.POST("/api/intake/contacts/" + call.get("id") + "/link",
                link), RECEPTION_KOMMUN);
        assertThat(linked.code()).isEqualTo(200);
        assertThat(body(linked).get("clientId")).isNotNull();
        Map<String, Object> later = registerPerson(RECEPTION_KOMMUN, person, "Olle Länk");
        assertThat(later.get("clientId")).as("one client per person").isEqualTo(body(linked).get("clientId"));
        assertThat(call(HttpRequest.POST("/api/intake/contacts/" + call.get("id") + "/link", link), RECEPTION_KOMMUN)
                .code()).isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clientSearchFindsByIdentifierOrNameAndSaysNothingOfWhatTheOtherBodyHolds() {
        String person = personnummer("19560730", "862");
        registerPerson(RECEPTION_REGION, person, "Sökbar Svensson");
        Map<String, Object> own = body(call(HttpRequest.GET("/api/intake/clients?q=" + person), RECEPTION_REGION));
        assertThat((List<Map<String, Object>>) own.get("items")).extracting(i -> i.get("name")).contains("Sökbar Svensson");
        Map<String, Object> byName = body(call(HttpRequest.GET("/api/intake/clients?q=s%C3%B6kbar"), RECEPTION_REGION));
        assertThat((List<Map<String, Object>>) byName.get("items")).hasSize(1);
        Map<String, Object> other = body(call(HttpRequest.GET("/api/intake/clients?q=s%C3%B6kbar"), RECEPTION_KOMMUN));
        assertThat((List<Object>) other.get("items")).isEmpty();
        assertThat(other.get("withheld")).as("a search does not count the other body's clients").isEqualTo(0);
        assertThat(call(HttpRequest.GET("/api/intake/clients?q=a"), RECEPTION_REGION).code()).isEqualTo(400);
    }

    @Test
    void theLoginCookieWorksLikeABearerToken() {
        Map<String, Object> contact = registerPerson(RECEPTION_REGION, personnummer("19870923", "857"), "Kaka Kaksson");
        String body = http.toBlocking().retrieve(HttpRequest.GET("/api/intake/clients/" + contact.get("clientId"))
                .cookie(Cookie.of("HUSET_TOKEN", RECEPTION_REGION)));
        assertThat(body).contains("Kaka Kaksson");
    }
}
