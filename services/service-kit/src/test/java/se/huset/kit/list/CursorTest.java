package se.huset.kit.list;

import org.junit.jupiter.api.Test;
import se.huset.kit.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    enum Urgency { ACUTE, ROUTINE }

    @Test
    void aCursorGivesBackTheKeysItWasMadeOf() {
        Instant due = Instant.parse("2026-12-04T08:15:30.123456Z");
        UUID id = UUID.randomUUID();
        Cursor cursor = Cursor.parse("after", Cursor.after(Urgency.ACUTE, due, 42, id).encode(), 4).orElseThrow();
        assertThat(cursor.constant(0, Urgency.class)).isEqualTo(Urgency.ACUTE);
        assertThat(cursor.instant(1)).isEqualTo(due);
        assertThat(cursor.number(2)).isEqualTo(42);
        assertThat(cursor.uuid(3)).isEqualTo(id);
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertThat(Cursor.parse("after", null, 2)).isEmpty();
        assertThat(Cursor.parse("after", " ", 2)).isEmpty();
    }

    @Test
    void aCursorThisListDidNotGiveOutIsABadRequestNamingTheParameter() {
        for (String bad : List.of("not base64!", Cursor.after("x").encode(), "YWJj",
                Cursor.after("x", "y").encode().substring(3))) {
            assertThatThrownBy(() -> Cursor.parse("after", bad, 2))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(400);
                        assertThat(e.problem().errors()).extracting("field").containsExactly("after");
                    });
        }
        Cursor wrongType = Cursor.parse("after", Cursor.after("soon", "x").encode(), 2).orElseThrow();
        assertThatThrownBy(() -> wrongType.instant(0)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> wrongType.uuid(1)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> wrongType.constant(0, Urgency.class)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aPageSaysThereIsMoreOnlyWhenTheExtraRowCameBack() {
        List<Integer> fetched = IntStream.rangeClosed(1, Page.fetchSize(3)).boxed().toList();
        Page<Integer> first = Page.of(fetched, 3, n -> Cursor.after(n));
        assertThat(first.items()).containsExactly(1, 2, 3);
        assertThat(Cursor.parse("after", first.next(), 1).orElseThrow().number(0)).isEqualTo(3);

        Page<Integer> last = Page.of(List.of(1, 2, 3), 3, n -> Cursor.after(n));
        assertThat(last.items()).containsExactly(1, 2, 3);
        assertThat(last.hasNext()).isFalse();
    }
}
