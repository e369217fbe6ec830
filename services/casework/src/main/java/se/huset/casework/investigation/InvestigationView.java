package se.huset.casework.investigation;

import io.micronaut.serde.annotation.Serdeable;

/** An investigation as its handler works it: with its age and whether its pace needs attention. */
@Serdeable
public record InvestigationView(Investigation investigation, long days, boolean slow) {
}
