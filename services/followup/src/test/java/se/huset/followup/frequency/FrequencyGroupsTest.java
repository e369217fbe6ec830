package se.huset.followup.frequency;

import org.junit.jupiter.api.Test;
import se.huset.followup.instrument.Sex;
import se.huset.contracts.stats.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-computed fixture: 28 persons, 103 contacts.
 * 1 contact: 10 persons (five women aged 30, five men aged 50; 5 reported by police, 5 by relatives);
 * 2: 5 persons (women, one without birth date); 3–6: 6 persons with 3, 4, 5, 6, 3, 3 = 24 contacts;
 * 7–11: 5 men aged 45 with 7 each = 35; 12+: 2 persons with 12 each = 24.
 */
class FrequencyGroupsTest {

    private final FrequencyGroups groups = new FrequencyGroups();

    @Test
    void figuresMatchTheHandComputedFixture() {
        List<FrequencyGroups.Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person(1, 30, Sex.FEMALE, "POLICE"));
            people.add(person(1, 50, Sex.MALE, "RELATIVE"));
        }
        for (int i = 0; i < 5; i++) {
            people.add(person(2, i == 0 ? null : 35, Sex.FEMALE, "POLICE"));
        }
        for (int c : new int[] {3, 4, 5, 6, 3, 3}) {
            people.add(person(c, 40, Sex.MALE, "SELF"));
        }
        for (int i = 0; i < 5; i++) {
            people.add(person(7, 45, Sex.MALE, "POLICE"));
        }
        people.add(person(12, 60, Sex.MALE, "POLICE"));
        people.add(person(12, 60, Sex.FEMALE, "POLICE"));

        FrequencyGroups.Report report = groups.report(people);
        assertThat(report.persons().value()).isEqualTo(28L);
        assertThat(report.contacts().value()).isEqualTo(103L);
        assertThat(report.groups()).extracting(FrequencyGroups.Group::contacts).containsExactly("1", "2", "3-6", "7-11", "12+");

        Map<String, Figure> one = report.groups().get(0).figures();
        assertThat(one.get("persons").value()).isEqualTo(10L);
        assertThat(one.get("shareOfPersons").value()).isEqualTo(0.357);
        assertThat(one.get("contacts").value()).isEqualTo(10L);
        assertThat(one.get("shareOfContacts").value()).isEqualTo(0.097);
        assertThat(one.get("meanAge").value()).isEqualTo(40.0);
        assertThat(one.get("shareWomen").value()).isEqualTo(0.5);
        assertThat(one.get("reporters").value()).isEqualTo(Map.of("POLICE", 5L, "RELATIVE", 5L));

        Map<String, Figure> threeToSix = report.groups().get(2).figures();
        assertThat(threeToSix.get("persons").value()).isEqualTo(6L);
        assertThat(threeToSix.get("shareOfPersons").value()).isEqualTo(0.214);
        assertThat(threeToSix.get("contacts").value()).isEqualTo(24L);
        assertThat(threeToSix.get("shareOfContacts").value()).isEqualTo(0.233);
        assertThat(threeToSix.get("meanAge").value()).isEqualTo(40.0);

        Map<String, Figure> sevenToEleven = report.groups().get(3).figures();
        assertThat(sevenToEleven.get("persons").value()).isEqualTo(5L);
        assertThat(sevenToEleven.get("shareOfPersons").value()).isEqualTo(0.179);
        assertThat(sevenToEleven.get("shareOfContacts").value()).isEqualTo(0.34);
        assertThat(sevenToEleven.get("meanAge").value()).isEqualTo(45.0);
        // no women among five men: the share would reveal the small rest
        assertThat(sevenToEleven.get("shareWomen").value()).isEqualTo("<5");
    }

    @Test
    void noCellUnderFiveIsShownAndASingleHiddenGroupTakesAnotherWithIt() {
        List<FrequencyGroups.Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(1, 30, Sex.FEMALE, "POLICE"));
        }
        for (int i = 0; i < 5; i++) {
            people.add(person(2, 35, Sex.FEMALE, "POLICE"));
        }
        for (int i = 0; i < 6; i++) {
            people.add(person(4, 40, Sex.MALE, "SELF"));
        }
        for (int i = 0; i < 5; i++) {
            people.add(person(7, 45, Sex.MALE, "POLICE"));
        }
        people.add(person(12, 60, Sex.MALE, "POLICE"));
        people.add(person(12, 60, Sex.FEMALE, "POLICE"));

        FrequencyGroups.Report report = groups.report(people);
        Map<String, Figure> twelve = report.groups().get(4).figures();
        Map<String, Figure> two = report.groups().get(1).figures();
        for (Map<String, Figure> hidden : List.of(twelve, two)) {
            assertThat(hidden.values()).allSatisfy(f -> assertThat(f.value()).isEqualTo("<5"));
        }
        report.groups().forEach(g -> g.figures().values().forEach(f -> assertNoSmallNumber(f.value())));
    }

    private static void assertNoSmallNumber(Object value) {
        if (value instanceof Long n) {
            assertThat(n).isGreaterThanOrEqualTo(5L);
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(FrequencyGroupsTest::assertNoSmallNumber);
        }
    }

    private static FrequencyGroups.Person person(int contacts, Integer age, Sex sex, String reporter) {
        return new FrequencyGroups.Person(UUID.randomUUID(), contacts, age, sex, Map.of(reporter, (long) contacts));
    }
}
