package se.huset.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test database itself: a suite that starts afresh must not be stopped by what the last one left behind. */
class TestDatabaseTest {

    @Test
    void aFreshDatabaseEndsTheSessionsALingeringProcessStillHoldsAsTheServiceRole() throws Exception {
        TestDatabase first = TestDatabase.fresh("kit_lingering");
        try (Connection lingering = first.connectAsService()) {
            TestDatabase second = TestDatabase.fresh("kit_lingering");
            try (Connection c = second.connectAsService(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(second.serviceRole());
            }
            assertThat(lingering.isValid(2)).as("the old session was ended by drop ... with (force)").isFalse();
        }
    }
}
