package se.huset.housing.aftercare;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.huset.contracts.security.Org;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class AftercareRepository {

    private final JdbcOperations jdbc;

    public AftercareRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID placementId, AftercarePlan p) {
        jdbc.prepareStatement("""
                insert into aftercare (placement_id, owner_staff, owner_org, next_housing, occupation, network, follow_up_date)
                values (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, placementId);
            ps.setString(2, p.ownerStaff().strip());
            ps.setString(3, p.ownerOrg().name());
            ps.setString(4, p.nextHousing().strip());
            ps.setString(5, p.occupation().strip());
            ps.setString(6, p.network().strip());
            ps.setDate(7, Date.valueOf(p.followUpDate()));
            return ps.executeUpdate();
        });
    }

    public Optional<AftercarePlan> find(UUID placementId) {
        return jdbc.prepareStatement("""
                select owner_staff, owner_org, next_housing, occupation, network, follow_up_date
                from aftercare where placement_id = ?""", ps -> {
            ps.setObject(1, placementId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AftercarePlan(rs.getString(1), Org.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate()));
            }
        });
    }
}
