package se.huset.booking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.huset.booking.demo.BookingDemoData;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataTest extends BookingTestSupport {

    @Inject
    BookingDemoData demo;

    @Test
    void loadsOnceAndASecondRunChangesNothing() throws Exception {
        demo.loadOnce();
        String first = counts();
        demo.loadOnce();
        assertThat(counts()).isEqualTo(first);
        assertThat(first).startsWith("6/").contains("/17/");
    }

    private String counts() throws Exception {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from room where name in ('Samtalsrum 1', 'Samtalsrum 2', 'Samtalsrum 3',
                          'Grupprummet', 'Konferensrummet', 'Receptionens hörna')) || '/' ||
                       (select count(*) from appointment where booked_by = 'demo-data') || '/' ||
                       (select count(*) from presence_hours) || '/' ||
                       (select count(*) from kit_outbox)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
