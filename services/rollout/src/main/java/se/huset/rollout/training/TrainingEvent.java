package se.huset.rollout.training;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A joint training or team-development event (year 1 "culture work"), participants counted per body. */
@Serdeable
public record TrainingEvent(UUID id, String title, LocalDate heldOn, BigDecimal hours, int region, int kommun,
                            int userOrg) {

    public int participants() {
        return region + kommun + userOrg;
    }

    /** Joint: both bodies took part, which is the point of the culture work. */
    public boolean joint() {
        return region > 0 && kommun > 0;
    }
}
