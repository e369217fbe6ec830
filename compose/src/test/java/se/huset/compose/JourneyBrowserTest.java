package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: one client's whole journey through the suite in headless Chromium, as the staff use it. Reception
 * registers a phone contact, triages it SOON to Beroendeenheten's outpatient care and books the first visit from the
 * waiting list; a therapist enrolls the client in an ÅP group, takes attendance at every session and completes
 * the enrollment; the Kommun's therapist sees the enrollment only once reception has recorded the client's consent;
 * the follow-ups at the end and 6 months after it are recorded from the due list; the Kommun's application becomes
 * an actualisation, an investigation and decisions in casework, one of them on housing, which the social worker
 * carries out with a placement in housing; the client overview shows every step to those who
 * work with the client and names what is withheld from each; the steering group's dashboard shows KPIs collected
 * after the journey.
 *
 * <p>Every user step is done on the pages with the keyboard (typing into fields, Space on radios and checkboxes,
 * Enter on buttons and links: no clicks), every page is checked with axe-core (WCAG 2.1 A/AA) and photographed
 * into compose/target/screenshots/JourneyBrowserTest. Only set-up that has no page is done through the API, and
 * says so where it happens.
 */
class JourneyBrowserTest {

    private static final String PERSONNUMMER = ClinicFixture.personnummer(LocalDate.of(1981, 4, 17), 42);
    private static final int SESSIONS = 3;
    private static final String CONTACTS_PER_WEEK = "intake: Kontakter via en ingång per vecka";
    /** How long what travels on the event feeds (and rollout's collection) may take on a busy machine. */
    private static final Duration FEEDS = Duration.ofSeconds(60);
    @AutoClose
    private static Suite suite;
    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void boot() {
        Browser.assumeAvailable();
        Map<String, String> settings = new LinkedHashMap<>(ClinicFixture.BROWSER_SETTINGS);
        settings.put("HUSET_ROLLOUT_COLLECT_INTERVAL", "3s");   // the dashboard's KPIs follow within seconds
        // the due list looks far enough ahead to hold the 6-month follow-up of an enrollment ended today
        settings.put("HUSET_FOLLOWUP_REMINDERS_LOOK_AHEAD_DAYS", "200");
        suite = Suite.start(settings, "intake", "booking", "programs", "housing", "followup", "casework", "rollout");
        browser = Browser.open(suite);
    }

    @Test
    void aClientFromThePhoneCallToTheFollowUpAndTheSteeringGroupsFigures() {
        ClinicFixture clinic = new ClinicFixture(suite);
        // administration, not the journey (the admin pages are not what this test is about): the therapist's
        // working hours for first visits and groups, and the group room
        clinic.calendar("therapist.region", "Tove Terapeut", "REGION", "Beroendeenheten");
        String room = clinic.room("Gruppsalen");
        // the ÅP group has no page to create it on (programs' pages run existing groups): through the API, first,
        // so its sessions are booked before the first visit is looked for in the therapist's calendar
        String therapist = suite.login("therapist.region", ClinicFixture.PASSWORD);
        Map<String, Object> group = clinic.apGroup(therapist, "Torsdagsgruppen", "therapist.region", "REGION", room,
                SESSIONS);
        String groupId = (String) group.get("id");

        browser.login("steering", ClinicFixture.PASSWORD);
        Map<String, String> kpisBefore = dashboardKpis();
        browser.check("steering-dashboard-before");

        // --- reception.region: the phone call, the triage ------------------------------------------------------
        browser.login("reception.region", ClinicFixture.PASSWORD);
        browser.go("/intake/reception");
        browser.check("reception-form");
        press("channel-PHONE", Keys.SPACE);
        type("kind", "Egen ansökan");
        type("referrer", "Personen själv");
        press("substances-ALCOHOL", Keys.SPACE);
        type("reason", "Ringer själv, dricker dagligen sedan i våras och vill ha hjälp att sluta.");
        type("person-identifier", PERSONNUMMER);
        type("person-name", "Journey Jönsson");
        browser.check("reception-filled");
        press(By.cssSelector("#reception-form button[type=submit]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Kontakten är registrerad"), "the registered contact");
        browser.check("reception-registered");
        String contactId = after(link("/intake/triage#contact-").getDomAttribute("href"), "#contact-");
        String clientId = after(link("/intake/clients/").getDomAttribute("href"), "/intake/clients/");

        browser.go("/intake/triage");
        WebElement open = browser.awaitVisible(By.cssSelector("#triage-" + contactId + " summary"));
        // the board polls itself every 15 s; a poll that shows the same queue is not logged again as a read
        String auditor = suite.login("auditor", ClinicFixture.PASSWORD);
        long boardReads = boardReads(auditor, clientId);
        assertThat(boardReads).as("the board's first showing of the client is logged").isPositive();
        pollTheBoard();
        assertThat(boardReads(auditor, clientId)).as("a poll showing the same queue").isEqualTo(boardReads);
        open.sendKeys(Keys.ENTER);
        String p = "t-" + contactId + "-";
        press(p + "urgency-SOON", Keys.SPACE);
        type(p + "pathway", "Beroendeenhetens öppenvård");
        browser.check("triage-filled");
        press(By.cssSelector("#triage-" + contactId + " button[type=submit]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Triagerad: Snart"), "the triage to be saved");
        browser.check("triage-saved");

        // --- reception.region: the first visit from the waiting list -------------------------------------------
        browser.go("/booking/waiting-list");
        browser.await(d -> !d.findElements(By.cssSelector("a[href^='/booking/waiting-list/']")).isEmpty(),
                "the triaged contact on the waiting list (booking reads intake's feed)", FEEDS);
        browser.check("waiting-list");
        press(By.cssSelector("a[href^='/booking/waiting-list/']"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Lediga tider"), "the free times");
        browser.check("book-first-visit");
        press(By.cssSelector("form[action$='/book'] button[type=submit]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Första besöket är bokat."), "the booked first visit");
        browser.check("first-visit-booked");

        // --- therapist.region: into the ÅP group ------------------------------------------------------------
        browser.login("therapist.region", ClinicFixture.PASSWORD);
        browser.go("/programs/groups/" + groupId);
        browser.check("group-before");
        type("clientId", clientId);
        type("goals", "Nykter i tre månader; tillbaka till arbetet.");
        press("goals", Keys.ENTER);
        browser.await(d -> browser.text().contains("Deltagaren är inskriven och aktiv."), "the enrollment");
        browser.check("group-enrolled");

        // --- therapist.kommun: withheld without the client's consent -----------------------------------------
        browser.login("therapist.kommun", ClinicFixture.PASSWORD);
        browser.go("/programs/clients/" + clientId);
        assertThat(browser.text()).contains("1 uppgifter visas inte").contains("Inga program att visa.");
        browser.check("kommun-withheld");

        // --- reception.region: the client's consent for the Kommun -------------------------------------------
        browser.login("reception.region", ClinicFixture.PASSWORD);
        browser.go("/intake/clients/" + clientId);
        press(By.cssSelector("#consents details > summary"), Keys.ENTER);
        press("recipientOrgs-KOMMUN", Keys.SPACE);
        press("categories-CARE", Keys.SPACE);
        press("form-VERBAL", Keys.SPACE);
        browser.check("consent-filled");
        press(By.cssSelector("#consents form[action$='/consents'] button[type=submit]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Samtycket är registrerat."), "the recorded consent");
        browser.check("consent-recorded");

        // --- reception.kommun: the Kommun takes the client in too and puts Nexus on the treatment team: inside the
        // Kommun, need-to-know holds as in the Region, so a consent opens the record to the Kommun's care team only
        String kommunReception = suite.login("reception.kommun", ClinicFixture.PASSWORD);
        HttpResponse<String> kommunContact = suite.post("gateway", "/api/intake/contacts", String.format("""
                {"channel":"WALK_IN","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],
                 "reason":"Vill ha stöd från socialtjänsten också","person":{"identifier":"%s"}}""", PERSONNUMMER),
                kommunReception, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(kommunContact.statusCode()).as(kommunContact.body()).isEqualTo(201);
        HttpResponse<String> nexus = suite.post("gateway", "/api/intake/clients/" + clientId + "/care-team",
                "{\"party\":\"unit:Nexus\",\"basis\":\"TREATMENT\"}", kommunReception, Map.of());
        assertThat(nexus.statusCode()).as(nexus.body()).isEqualTo(201);

        // --- therapist.kommun: now the enrollment shows (programs hears of the consent on intake's feed) -------
        browser.login("therapist.kommun", ClinicFixture.PASSWORD);
        browser.go("/programs/clients/" + clientId);
        browser.await(d -> {
            d.navigate().refresh();
            // the consent covers CARE, not IDENTITY: the enrollment shows, the client's name stays withheld
            return browser.text().contains("ÅP") && !browser.text().contains("uppgifter visas inte");
        }, "the Region's enrollment to show under the consent", FEEDS);
        browser.check("kommun-sees-enrollment");

        // --- therapist.region: attendance at every session, then completed -----------------------------------
        browser.login("therapist.region", ClinicFixture.PASSWORD);
        for (Map<String, Object> session : ClinicFixture.list(group, "sessions")) {
            browser.go("/programs/groups/" + groupId + "/sessions/" + session.get("id") + "/attendance");
            WebElement present = browser.driver().findElement(By.cssSelector("input[type=radio][value=PRESENT]"));
            present.sendKeys(Keys.SPACE);
            assertThat(present.isSelected()).isTrue();
            type("groupNote", "Träff " + session.get("occurrence") + ": genomgång av risksituationer.");
            browser.check("attendance-" + session.get("occurrence"));
            press(By.cssSelector("main form button[type=submit]"), Keys.ENTER);
            browser.await(d -> browser.text().contains("Närvaron är sparad."), "attendance at session "
                    + session.get("occurrence"));
        }
        browser.go("/programs/groups/" + groupId);
        press(By.cssSelector("button[name=action][value=complete]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Inskrivningen är ändrad."), "the completed enrollment");
        browser.check("enrollment-completed");
        List<Map<String, Object>> enrollments = ClinicFixture.list(ClinicFixture.json(suite.get("gateway",
                "/api/programs/clients/" + clientId + "/enrollments", therapist).body()), "items");
        assertThat(enrollments).singleElement().satisfies(e -> assertThat(e.get("status")).isEqualTo("COMPLETED"));
        String enrollmentId = (String) enrollments.get(0).get("id");

        // --- the follow-ups: scheduled from programs' feed, the end and the 6-month one recorded from the due list
        recordFromDueList("Vid avslut", "followup-end");
        recordFromDueList("6 månader efter avslut", "followup-6-months");
        List<Map<String, Object>> followUps = ClinicFixture.list(ClinicFixture.json(suite.get("gateway",
                "/api/followup/enrollments/" + enrollmentId + "/follow-ups", therapist).body()), "items");
        Map<String, String> statusByKind = new LinkedHashMap<>();
        followUps.forEach(f -> statusByKind.put((String) f.get("kind"), f.get("status") + " " + f.get("dueOn")));
        LocalDate ended = LocalDate.now(ClinicFixture.STOCKHOLM);
        assertThat(statusByKind).containsEntry("END", "DONE " + ended)
                .containsEntry("MONTHS_6", "DONE " + ended.plusMonths(6))
                .containsEntry("MONTHS_12", "DUE " + ended.plusMonths(12));

        // --- socialworker.kommun: the Kommun's application became an actualisation in casework (from intake's
        // feed); the förhandsbedömning opens an investigation, which leads to a decision on outpatient treatment
        String socialWorker = suite.login("socialworker.kommun", ClinicFixture.PASSWORD);
        String kommunContactId = ClinicFixture.json(kommunContact.body()).get("id").toString();
        String matter = awaitActualisation(socialWorker, kommunContactId);
        HttpResponse<String> opened = suite.post("gateway", "/api/casework/actualisations/" + matter + "/assessment",
                "{\"open\":true,\"law\":\"SOL\"}", socialWorker, Map.of());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        HttpResponse<String> decided = suite.post("gateway", "/api/casework/decisions", String.format("""
                {"clientId":"%s","intervention":"OUTPATIENT_TREATMENT","granted":true,"legalBasis":"SOL",
                 "decidedOn":"%s","validFrom":"%s"}""", clientId, ended, ended), socialWorker, Map.of());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);

        // --- socialworker.kommun: a housing decision in casework, then the placement it carries out. The unit is
        // set up by the administrator through the API (not what this test is about); housing hears of the decision on
        // casework's feed, and the social worker who made it places the client on the unit's page
        HttpResponse<String> housingDecision = suite.post("gateway", "/api/casework/decisions", String.format("""
                {"clientId":"%s","intervention":"HOUSING","granted":true,"legalBasis":"SOL",
                 "decidedOn":"%s","validFrom":"%s"}""", clientId, ended, ended), socialWorker, Map.of());
        assertThat(housingDecision.statusCode()).as(housingDecision.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        String housingDecisionId = ((Map<String, Object>) ClinicFixture.json(housingDecision.body()).get("decision"))
                .get("id").toString();
        HttpResponse<String> skogsglantan = suite.post("gateway", "/api/housing/units", """
                {"name":"Skogsgläntan","type":"SUPPORTED","capacity":14,"minAge":45,"requiresDecision":true}""",
                suite.login("admin", ClinicFixture.PASSWORD), Map.of());
        assertThat(skogsglantan.statusCode()).as(skogsglantan.body()).isEqualTo(201);
        String unitId = ClinicFixture.json(skogsglantan.body()).get("id").toString();
        browser.await(d -> suite.get("gateway", "/api/housing/decisions/" + housingDecisionId, socialWorker)
                .statusCode() == 200, "the housing decision in housing (casework's feed)", FEEDS);
        browser.login("socialworker.kommun", ClinicFixture.PASSWORD);
        browser.go("/housing/units/" + unitId);
        browser.check("housing-unit");
        type("clientId", clientId);
        type("decisionId", housingDecisionId);
        press(By.cssSelector("form[action$='/placements'] button[type=submit]"), Keys.ENTER);
        browser.await(d -> suite.get("gateway", "/api/housing/placements?clientId=" + clientId, socialWorker).body()
                .contains("\"decisionId\":\"" + housingDecisionId + "\""), "the placement on the decision");
        browser.check("housing-placed");
        // the move-in enforced the decision in casework (housing's feed): off the IVO list without anyone re-typing it
        browser.await(d -> suite.get("gateway", "/api/casework/decisions/" + housingDecisionId, socialWorker).body()
                .contains("\"enforcedOn\":\"" + ended + "\""), "the decision enforced by the move-in", FEEDS);

        // --- the client overview: the Region's therapist sees the Region's steps and the Kommun's named withheld;
        // once the client lets social services share with the Region, the whole chain
        browser.login("therapist.region", ClinicFixture.PASSWORD);
        browser.go("/intake/clients/" + clientId);
        assertThat(browser.text()).as("the Region's therapist without the Kommun's consent")
                .contains("Tidslinje", "Kontakt: Egen ansökan", "Triagering: Snart", "Besök: nybesök",
                        "Program: ÅP", "fullföljt", "Uppföljning: Vid avslut",
                        "Kommun (Socialtjänst): uppgifter visas inte – samtycke saknas")
                .doesNotContain("kan inte visas just nu", "Beslut: öppenvårdsbehandling");
        browser.check("client-overview-withheld");
        // the Kommun's consent is recorded through the API: its reception does not see the Region's client page
        // without the client's consent to the Kommun for identity, which this client has not given
        HttpResponse<String> shared = suite.post("gateway", "/api/intake/clients/" + clientId + "/consents", """
                {"recipientOrgs":["REGION"],"categories":["SOCIAL","HOUSING"],"purpose":"CARE_COORDINATION",
                 "form":"VERBAL"}""",
                kommunReception, Map.of());
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        browser.await(d -> {
            browser.go("/intake/clients/" + clientId);
            return browser.text().contains("Beslut: öppenvårdsbehandling – beviljat");
        }, "the Kommun's chain in the overview under the consent (casework hears of it on intake's feed)", FEEDS);
        assertThat(browser.text()).as("the Region's therapist with the Kommun's consent: every step")
                .contains("Aktualisering: ansökan", "Utredning: SoL", "Beslut: boende – verkställt",
                        "Placering: Skogsgläntan – inflyttad", "Kontakt: Egen ansökan", "Program: ÅP",
                        "Uppföljning: Vid avslut", "Besök: nybesök")
                .doesNotContain("visas inte", "kan inte visas just nu");
        browser.check("client-overview-whole");
        browser.go("/intake/clients/" + clientId + "?kind=DECISION");
        assertThat(browser.text()).contains("Beslut: öppenvårdsbehandling").doesNotContain("Aktualisering: ansökan");
        browser.check("client-overview-decisions");

        // --- steering: the KPIs are collected after the journey ---------------------------------------------------
        // one client is a small cell, so every figure it touches shows as "<5" (suppressed) before and after; what
        // the steering group can rely on is that the dashboard shows a collection made after the journey, and that
        // contacts per week reads the last whole week (a week without contacts is a suppressed zero, not "no data")
        Instant journeyDone = Instant.now();
        String steering = suite.login("steering", ClinicFixture.PASSWORD);
        browser.await(d -> ClinicFixture.jsonList(suite.get("gateway", "/api/rollout/kpis", steering).body()).stream()
                .filter(k -> "intake".equals(k.get("source")) && "contactsPerWeek[last].contacts".equals(k.get("field")))
                .anyMatch(k -> k.get("updatedAt") != null && Instant.parse((String) k.get("updatedAt")).isAfter(journeyDone)),
                "a KPI collection after the journey", FEEDS);
        browser.login("steering", ClinicFixture.PASSWORD);
        Map<String, String> kpisAfter = dashboardKpis();
        assertThat(kpisAfter.get(CONTACTS_PER_WEEK)).endsWith("<5 (döljs) | 20 | –");
        kpisAfter.forEach((kpi, figures) -> {
            if (!figures.equals(kpisBefore.get(kpi))) {
                System.out.println("KPI moved: " + kpi + ": " + kpisBefore.get(kpi) + "  ->  " + figures);
            }
        });
        assertThat(browser.text()).contains("Inloggad som steering");
        browser.check("steering-dashboard-after");
        browser.assertAccessible();
    }

    /** The actualisation the contact became in casework, once intake's feed has brought it there. */
    private static String awaitActualisation(String socialWorker, String contactId) {
        String[] found = new String[1];
        browser.await(d -> {
            String queue = suite.get("gateway", "/api/casework/actualisations?source=APPLICATION&limit=200",
                    socialWorker).body();
            int at = queue.indexOf("\"contactId\":\"" + contactId + "\"");
            if (at < 0) {
                return false;
            }
            found[0] = Suite.field(queue.substring(queue.lastIndexOf('{', at)), "id");
            return true;
        }, "the Kommun's application in social services' queue", FEEDS);
        return found[0];
    }

    /**
     * The steering dashboard's KPIs: "source: title" → value, target and n as shown. Read again until the table has
     * rows: a first request to a service just started can outlast the gateway's proxy timeout (503).
     */
    private static Map<String, String> dashboardKpis() {
        Map<String, String> kpis = new LinkedHashMap<>();
        browser.await(d -> {
            kpis.clear();
            kpis.putAll(readDashboardKpis());
            return !kpis.isEmpty();
        }, "the dashboard's KPI table");
        return kpis;
    }

    private static Map<String, String> readDashboardKpis() {
        browser.go("/rollout");
        Map<String, String> kpis = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("table.kpi-table tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String figures = cells.stream().limit(Math.min(3, cells.size())).map(WebElement::getText)
                    .reduce((a, b) -> a + " | " + b).orElse("");
            WebElement kpi = row.findElement(By.tagName("th"));
            kpis.put(kpi.findElement(By.cssSelector("span.kpi-source")).getText() + ": "
                    + kpi.findElement(By.tagName("span")).getText(), figures);
        }
        return kpis;
    }

    /** Opens the follow-up of that kind from the due list and records the life-situation form, keys only. */
    /** One poll of the triage board, as its every-15-s trigger makes it (htmx, from the live region itself). */
    private static void pollTheBoard() {
        Object done = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                htmx.ajax('GET', '/intake/triage/queue', {source: '#queue', target: '#queue', swap: 'innerHTML'})
                    .then(() => done(true), () => done(false));""");
        assertThat(done).as("the poll answered").isEqualTo(true);
    }

    /** How often the access log shows reception.region's board listing the client. */
    private static long boardReads(String auditorToken, String clientId) {
        HttpResponse<String> log = suite.get("intake", "/api/intake/clients/" + clientId + "/access-log", auditorToken);
        assertThat(log.statusCode()).isEqualTo(200);
        return Pattern.compile("\"username\":\"reception\\.region\"[^}]*\"action\":\"LIST\"").matcher(log.body())
                .results().count();
    }

    private static void recordFromDueList(String kind, String step) {
        browser.go("/followup/due");
        browser.await(d -> {
            d.navigate().refresh();
            return browser.text().contains(kind);
        }, "the follow-up '" + kind + "' on the due list", FEEDS);
        browser.check(step + "-due");
        WebElement row = browser.driver().findElement(By.xpath("//tr[td[normalize-space()='" + kind + "']]"));
        press(row.findElement(By.cssSelector("a[href$='/form']")), Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("/form"), "the follow-up form");
        for (String select : List.of("housing", "occupation", "incomeSource")) {
            press(select, Keys.ARROW_DOWN);
        }
        type("alcoholDays", "2");
        type("drugDays", "0");
        press("crime-no", Keys.SPACE);
        for (String scale : List.of("health", "qualityOfLife", "treatment")) {
            press(scale + "-4", Keys.SPACE);
        }
        press("goal-PARTLY", Keys.SPACE);
        browser.check(step + "-form");
        press(By.cssSelector("main form button[type=submit]"), Keys.ENTER);
        browser.await(d -> browser.text().contains("Uppföljningen är sparad."), "the recorded follow-up");
        browser.check(step + "-recorded");
    }

    private static void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private static void press(String id, Keys key) {
        press(By.id(id), key);
    }

    private static void press(By by, Keys key) {
        press(browser.driver().findElement(by), key);
    }

    private static void press(WebElement element, Keys key) {
        element.sendKeys(key);
    }

    private static WebElement link(String hrefPrefix) {
        return browser.driver().findElement(By.cssSelector("a[href^='" + hrefPrefix + "']"));
    }

    private static String after(String text, String marker) {
        return text.substring(text.indexOf(marker) + marker.length());
    }
}
