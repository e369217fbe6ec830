package se.huset.booking.series;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** One row of {@code series}: a weekly group session series, its facilitators as a text array. */
@MappedEntity("series")
public record Series(@Id UUID id, String title, UUID roomId, int capacity,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] facilitators, String ownerOrg, int weeks,
                     String createdBy, Instant createdAt) {

    static Series of(SeriesRepository.Row s, String by, Instant at) {
        return new Series(s.id(), s.title(), s.roomId(), s.capacity(), s.facilitators().toArray(String[]::new),
                s.ownerOrg(), s.weeks(), by, at);
    }

    SeriesRepository.Row row() {
        return new SeriesRepository.Row(id, title, roomId, capacity, Arrays.asList(facilitators), ownerOrg, weeks);
    }
}
