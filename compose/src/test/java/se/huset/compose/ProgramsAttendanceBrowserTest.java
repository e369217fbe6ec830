package se.huset.compose;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4: a therapist takes attendance for a group of ten in a real browser with the keyboard alone (Tab,
 * Shift-Tab, arrow keys, Space, Enter; no clicks) from "my groups today", and what was entered is what the API answers afterwards.
 * The group, its session today and the ten enrollments are set up through the API; every page is checked with axe.
 */
class ProgramsAttendanceBrowserTest {

    private static final String[] MARKS = {"PRESENT", "PRESENT", "ABSENT", "PRESENT", "EXCUSED", "PRESENT", "ABSENT",
            "PRESENT", "EXCUSED", "PRESENT"};
    @AutoClose
    private static Suite suite;
    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void boot() {
        Browser.assumeAvailable();
        suite = Suite.start(ClinicFixture.BROWSER_SETTINGS, "intake", "booking", "programs");
        browser = Browser.open(suite);
    }

    @Test
    void tenParticipantsAreRecordedFromTodaysGroupWithTheKeyboardAlone() {
        ClinicFixture clinic = new ClinicFixture(suite);
        clinic.calendar("therapist.region", "Behandlare Region", "REGION", "Beroendeenheten");
        String room = clinic.room("Gruppsalen");
        String reception = suite.login("reception.region", ClinicFixture.PASSWORD);
        String therapist = suite.login("therapist.region", ClinicFixture.PASSWORD);
        Map<String, Object> group = clinic.apGroup(therapist, "Dagens ÅP-grupp", "therapist.region", "REGION", room, 1);
        String groupId = (String) group.get("id");
        String sessionId = (String) ClinicFixture.list(group, "sessions").get(0).get("id");
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String client = clinic.registerClient(reception,
                    ClinicFixture.personnummer(LocalDate.of(1970 + i, 3, 1 + i), i), "Deltagare " + (i + 1));
            enrollments.add(clinic.enrollAndStart(therapist, client, groupId));
        }

        browser.login("therapist.region", ClinicFixture.PASSWORD);
        browser.go("/programs/today");
        browser.check("my-groups-today");
        browser.skipToContent();
        browser.tabToText("Ta närvaro", 5);
        browser.keys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("/sessions/" + sessionId + "/attendance"), "the attendance page");
        browser.check("attendance-empty");
        browser.skipToContent();

        Map<String, String> marked = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            WebElement first = browser.tabTo(e -> "radio".equals(e.getAttribute("type")),
                    "participant " + (i + 1) + "'s first choice", 2);
            String enrollment = first.getAttribute("name").substring("status.".length());
            switch (MARKS[i]) {
                case "PRESENT" -> browser.keys(Keys.SPACE);
                case "ABSENT" -> browser.keys(Keys.ARROW_RIGHT);
                default -> browser.keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            }
            if (i == 1) {
                // a slip corrected: Absent by mistake, on to the note, Shift-Tab back to the choice, arrow to Present
                browser.keys(Keys.ARROW_RIGHT);
                browser.tabTo(e -> ("note." + enrollment).equals(e.getAttribute("name")), "participant 2's note", 1);
                browser.shiftTab();
                assertThat(browser.focused().getAttribute("value")).as("Shift-Tab returns to the checked choice")
                        .isEqualTo("ABSENT");
                browser.keys(Keys.ARROW_LEFT);
            }
            WebElement chosen = browser.focused();
            assertThat(chosen.isSelected()).as("participant %d's choice is checked", i + 1).isTrue();
            assertThat(chosen.getAttribute("value")).isEqualTo(MARKS[i]);
            marked.put(enrollment, MARKS[i]);
            WebElement note = browser.tabTo(e -> ("note." + enrollment).equals(e.getAttribute("name")),
                    "participant " + (i + 1) + "'s note", 1);
            if (i % 3 == 0) {
                String text = "Anteckning om deltagare " + (i + 1);
                note.sendKeys(text);
                notes.put(enrollment, text);
            }
        }
        browser.tabToId("groupNote", 1);
        browser.keys("Temat var tidiga varningstecken; bra samtal om helgerna.");
        browser.check("attendance-filled");
        browser.tabToText("Spara närvaron", 1);
        browser.keys(Keys.ENTER);
        browser.await(d -> browser.text().contains("Närvaron är sparad."), "the saved message");
        browser.check("attendance-saved");

        assertThat(marked.keySet()).containsExactlyInAnyOrderElementsOf(enrollments);
        Map<String, Object> stored = clinic.attendance(therapist, groupId, sessionId);
        assertThat(stored.get("groupNote")).isEqualTo("Temat var tidiga varningstecken; bra samtal om helgerna.");
        List<Map<String, Object>> rows = ClinicFixture.list(stored, "items");
        assertThat(rows).hasSize(10);
        for (Map<String, Object> row : rows) {
            String enrollment = (String) row.get("enrollmentId");
            assertThat(row.get("status")).as("enrollment %s", enrollment).isEqualTo(marked.get(enrollment));
            assertThat(row.get("note")).as("note of %s", enrollment).isEqualTo(notes.get(enrollment));
        }
        browser.assertAccessible();
    }
}
