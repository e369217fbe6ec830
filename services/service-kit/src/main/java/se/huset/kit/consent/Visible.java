package se.huset.kit.consent;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A list as a reader may see it, and how many records were left out for want of consent. */
@Serdeable
public record Visible<T>(List<T> items, int withheld) {
}
