package se.huset.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 7807 problem details; {@code errors} lists field-level validation failures. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail,
                      @Nullable List<FieldError> errors) {

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
