package se.huset.kit.list;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.huset.kit.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListParamsTest {

    enum Urgency { ACUTE, SOON }

    @Test
    void theLimitIsFiftyWhenAbsentAndOneToTwoHundredOtherwise() {
        assertThat(ListParams.limit(null)).isEqualTo(50);
        assertThat(ListParams.limit(" ")).isEqualTo(50);
        assertThat(ListParams.limit("1")).isEqualTo(1);
        assertThat(ListParams.limit(" 200 ")).isEqualTo(200);
        for (String bad : new String[] {"0", "201", "-3", "ten", "2.5"}) {
            badRequestNaming("limit", () -> ListParams.limit(bad));
        }
    }

    @Test
    void aListWithItsOwnBoundsKeepsThem() {
        assertThat(ListParams.limit(null, 20, 100)).isEqualTo(20);
        assertThat(ListParams.limit("100", 20, 100)).isEqualTo(100);
        badRequestNaming("limit", () -> ListParams.limit("101", 20, 100));
    }

    @Test
    void filtersAreNoFilterWhenBlankAndReadWhenGiven() {
        assertThat(ListParams.choice("urgency", "", Urgency.class)).isNull();
        assertThat(ListParams.choice("urgency", "acute", Urgency.class)).isEqualTo(Urgency.ACUTE);
        assertThat(ListParams.date("from", null)).isNull();
        assertThat(ListParams.date("from", "2026-11-23")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(ListParams.flag("mine", null)).isFalse();
        assertThat(ListParams.flag("mine", "TRUE")).isTrue();
        assertThat(ListParams.flag("mine", "false")).isFalse();
        UUID id = UUID.randomUUID();
        assertThat(ListParams.id("clientId", id.toString())).isEqualTo(id);
        assertThat(ListParams.id("clientId", " ")).isNull();
    }

    @Test
    void aValueThatDoesNotParseIsABadRequestNamingItsParameter() {
        badRequestNaming("urgency", () -> ListParams.choice("urgency", "later", Urgency.class));
        badRequestNaming("dueFrom", () -> ListParams.date("dueFrom", "23/11/2026"));
        badRequestNaming("overdue", () -> ListParams.flag("overdue", "yes"));
        badRequestNaming("room", () -> ListParams.id("room", "42"));
    }

    @Test
    void anUnknownChoiceSaysWhichAreKnown() {
        assertThatThrownBy(() -> ListParams.choice("urgency", "later", Urgency.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors().get(0).message())
                        .isEqualTo("must be one of ACUTE, SOON"));
    }

    private static void badRequestNaming(String parameter, Executable read) {
        assertThatThrownBy(read::execute).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting("field").containsExactly(parameter);
        });
    }
}
