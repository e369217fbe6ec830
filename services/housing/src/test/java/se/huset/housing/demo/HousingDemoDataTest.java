package se.huset.housing.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.huset.contracts.events.ClientRegistered;
import se.huset.housing.HousingTestSupport;
import se.huset.housing.unit.UnitRepository;
import se.huset.housing.unit.UnitType;
import se.huset.kit.audit.AuditLog;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as {@code demo-data} loads it, on clients as intake's feed leaves them in the replica, in a
 * database of its own: the history would show in the other test classes' counts.
 */
@MicronautTest(transactional = false)
@Property(name = "huset.demo.feed-wait", value = "0s")
class HousingDemoDataTest extends HousingTestSupport {


    @Inject
    HousingDemoData demo;
    @Inject
    UnitRepository units;
    @Inject
    AuditLog audit;

    @Override
    protected String databaseName() {
        return "housing_demo";
    }

    @BeforeAll
    void intakesClientsAreInTheReplicaAndTheDemoDataLoadsOnce() {
        // Östersund's demo: some hundreds of the Kommun's clients, and the Region's, whom housing must leave alone
        List<ClientFact> known = HousingHistoryTest.clients(400, 600);
        for (ClientFact c : known) {
            clientFacts.apply(new ClientRegistered(c.clientId(), c.ownerOrg().name(), c.birthDate(), c.sex()));
        }
        // casework's demo decisions, loaded before housing's demo
        HousingHistoryTest.decisions(known, LocalDate.now(ClinicTime.ZONE), 3, 200).forEach(this::fromCasework);
        demo.loadOnce();
        demo.loadOnce();
    }

    @Test
    void todayHasFullUnitsWaitingListsAndThreeLostPlaces() {
        assertThat(units.all()).hasSize(8);
        assertThat(units.findByName("Skogsgläntan").orElseThrow()).satisfies(u -> {
            assertThat(u.capacity()).isEqualTo(14);
            assertThat(u.minAge()).isEqualTo(45);
            assertThat(u.requiresDecision()).isTrue();
            assertThat(u.occupied()).isEqualTo(14);
            assertThat(u.waiting()).isEqualTo(3);
        });
        assertThat(units.findByName("Björkebo").orElseThrow()).satisfies(u -> {
            assertThat(u.type()).isEqualTo(UnitType.EMERGENCY);
            assertThat(u.occupied()).as("the three who lost their place moved out").isEqualTo(5);
        });
        theTestUnitsWorkWithEveryClient();
        // the three lost places are on the coordinator's worklist, raised today
        LocalDate today = LocalDate.now(ClinicTime.ZONE);
        assertThat(items(ok(call(HttpRequest.GET("/api/housing/alerts?state=OPEN&mine=true&limit=200"), SOCIAL_KOMMUN),
                200))).filteredOn(a -> "Björkebo".equals(a.get("unitName"))
                && LocalDate.ofInstant(Instant.parse((String) a.get("raisedAt")), ClinicTime.ZONE).equals(today)).hasSize(3);
        assertThat(units.findByName("SiS LVM-hem").orElseThrow().costPerDay()).isNotNull();
        assertThat(units.findByName("HVB Fjällgården").orElseThrow().provider()).isNotBlank();
    }

    @Test
    void threeYearsOfPlacementsWithinCapacityOnEveryDay() throws SQLException {
        assertThat(count("select count(*) from placement where placed_at < now() - interval '2 years'"))
                .as("the history goes back years").isGreaterThan(100);
        assertThat(count("""
                select count(*) from placement p left join kit_client_fact f on f.client_id = p.client_id
                where f.owner_org is null or (p.decision_id is null and f.owner_org <> 'KOMMUN')"""))
                .as("only clients intake has, and the Kommun's where no decision of casework's names them").isZero();
        // residents only rise at a move-in, so a unit within its places at every move-in is so on every day
        assertThat(count("""
                select count(*) from stay s join unit u on u.id = s.unit_id
                where u.capacity < (select count(*) from stay o where o.unit_id = s.unit_id
                                    and o.started_at <= s.started_at and (o.ended_at is null or o.ended_at > s.started_at))
                """)).as("move-ins over capacity").isZero();
        assertThat(count("""
                select count(*) from placement a join placement b on a.client_id = b.client_id and a.id < b.id
                where a.placed_at < coalesce(b.ended_at, 'infinity') and b.placed_at < coalesce(a.ended_at, 'infinity')
                """)).as("clients with two homes at once").isZero();
        assertThat(count("""
                select count(*) from placement a join placement b on a.place_id = b.place_id and a.id < b.id
                where a.placed_at < coalesce(b.ended_at, 'infinity') and b.placed_at < coalesce(a.ended_at, 'infinity')
                """)).as("places with two people at once").isZero();
        assertThat(count("""
                select count(*) from placement p left join aftercare a on a.placement_id = p.id
                where p.end_reason is not null and p.end_reason <> 'DECEASED' and a.placement_id is null"""))
                .as("move-outs without aftercare").isZero();
        assertThat(count("select count(*) from place where occupied_by is not null"))
                .isEqualTo(count("select count(*) from placement where status = 'PLACED'"));
        assertThat(count("select count(*) from kit_outbox where type = 'PlacementStarted'"))
                .isEqualTo(count("select count(*) from placement where placed_at is not null"));
    }

    @Test
    void aFewThousandAuditRowsChainedOnAboutTheHousedClients() throws SQLException {
        assertThat(audit.verify().valid()).isTrue();
        assertThat(count("select count(*) from kit_audit")).isEqualTo(HousingAccesses.rows(DemoScale.DEMO));
        assertThat(count("""
                select count(*) from kit_audit a where a.basis <> 'OWNER'
                   or a.username not in ('socialworker.kommun', 'housing.kommun')
                   or not exists (select 1 from placement p where p.client_id = a.client_id)""")).isZero();
        assertThat(count("select count(*) from kit_audit where at > now()")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
