package se.huset.intake;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import se.huset.contracts.security.Org;
import se.huset.kit.testing.ServiceTestSupport;
import se.huset.kit.testing.TestTokens;

import java.util.Map;

/** Intake's tests run against intake's own fresh PostgreSQL database, through its real HTTP API. */
public abstract class IntakeTestSupport extends ServiceTestSupport {

    protected static final String RECEPTION_REGION = TestTokens.token("reception.region", Org.REGION, "RECEPTION");
    protected static final String RECEPTION_KOMMUN = TestTokens.token("reception.kommun", Org.KOMMUN, "RECEPTION");
    protected static final String THERAPIST_KOMMUN = TestTokens.token("therapist.kommun", Org.KOMMUN, "THERAPIST");
    protected static final String THERAPIST_REGION = TestTokens.token("therapist.region", Org.REGION, "THERAPIST");
    protected static final String STEERING = TestTokens.token("steering", Org.REGION, "STEERING");
    protected static final String AUDITOR = TestTokens.token("auditor", Org.REGION, "AUDITOR");

    @Override
    protected String databaseName() {
        return "intake";
    }

    /**
     * The other services are not running in intake's tests: their parts of the client overview read as unavailable
     * (a closed port answers at once).
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        for (String service : java.util.List.of("booking", "programs", "housing", "followup", "casework")) {
            p.put("huset.sources." + service, "http://127.0.0.1:9");
        }
        return p;
    }

    /** GETs a JSON array answer with the token (status must be 200). */
    protected java.util.List<Map<String, Object>> list(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    protected Map<String, Object> registerPerson(String token, String identifier, String name) {
        HttpResponse<Map<String, Object>> r = call(HttpRequest.POST("/api/intake/contacts", Map.of(
                "channel", "PHONE", "kind", "SELF_APPLICATION", "referrer", "SELF",
                "substances", java.util.List.of("ALCOHOL"), "reason", "Vill ha hjälp med alkohol",
                "person", Map.of("identifier", identifier, "name", name, "phone", "070-123 45 67"))), token);
        if (r.code() != 201) {
            throw new AssertionError("registration failed: " + r.code() + " " + r.getBody(String.class).orElse(""));
        }
        return body(r);
    }

    /** Valid personnummer for test persons: a real date and a correct check digit. */
    protected static String personnummer(String yyyymmdd, String serial3) {
        String ten = yyyymmdd.substring(2) + serial3;
        int sum = 0;
        for (int i = 0; i < ten.length(); i++) {
            int d = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return yyyymmdd + "-" + serial3 + check;
    }
}
