package se.huset.housing.unit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Hand-written: takes and frees places with FOR UPDATE SKIP LOCKED, which generated queries cannot express. The
 * places of each unit, one row per place. Taking a place is a single conditional update on a free row locked with
 * SKIP LOCKED: concurrent requests take different places, and when none is left the update takes nothing.
 */
@Singleton
public class PlaceRepository {

    private final JdbcOperations jdbc;

    public PlaceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Occupies the lowest-numbered free place of the unit for the placement; empty when the unit is full. */
    public OptionalLong take(UUID unitId, UUID placementId) {
        return jdbc.prepareStatement("""
                update place set occupied_by = ?
                where id = (select id from place where unit_id = ? and occupied_by is null
                            order by number limit 1 for update skip locked)
                  and occupied_by is null
                returning id""", ps -> {
            ps.setObject(1, placementId);
            ps.setObject(2, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    public void release(long placeId, UUID placementId) {
        jdbc.prepareStatement("update place set occupied_by = null where id = ? and occupied_by = ?", ps -> {
            ps.setLong(1, placeId);
            ps.setObject(2, placementId);
            return ps.executeUpdate();
        });
    }

    public int count(UUID unitId) {
        return jdbc.prepareStatement("select count(*) from place where unit_id = ?", ps -> {
            ps.setObject(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Adds places numbered after the highest existing one. */
    public void add(UUID unitId, int howMany) {
        jdbc.prepareStatement("""
                insert into place (unit_id, number)
                select ?, coalesce((select max(number) from place where unit_id = ?), 0) + g
                from generate_series(1, ?) g""", ps -> {
            ps.setObject(1, unitId);
            ps.setObject(2, unitId);
            ps.setInt(3, howMany);
            return ps.executeUpdate();
        });
    }

    /** Removes up to {@code howMany} free places (highest numbers first); answers how many it removed. */
    public int removeFree(UUID unitId, int howMany) {
        return jdbc.prepareStatement("""
                delete from place where id in (
                    select id from place where unit_id = ? and occupied_by is null
                    order by number desc limit ? for update skip locked)""", ps -> {
            ps.setObject(1, unitId);
            ps.setInt(2, howMany);
            return ps.executeUpdate();
        });
    }
}
