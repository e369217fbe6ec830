package se.huset.followup.instrument;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** One row of {@code assessment}: the answers as given, with the score and risk level at the time of recording. */
@MappedEntity("assessment")
public record StoredAssessment(@Id UUID id, UUID clientId, String ownerOrg, String instrument,
                               @TypeDef(type = DataType.INTEGER_ARRAY) Integer[] answers, int score, String riskLevel,
                               String assessedBy, Instant assessedAt) {

    static StoredAssessment of(Assessment a) {
        return new StoredAssessment(a.id(), a.clientId(), a.ownerOrg(), a.instrument(),
                a.answers().toArray(Integer[]::new), a.score(), a.riskLevel(), a.assessedBy(), a.assessedAt());
    }

    AssessmentRepository.Row row() {
        return new AssessmentRepository.Row(id, clientId, ownerOrg, Instrument.valueOf(instrument),
                Arrays.asList(answers), assessedBy, assessedAt);
    }
}
