package dev.callgate.kernel;

import java.io.Serializable;
import java.util.Objects;

/**
 * One invalid input, reported in {@code error.fields[]} of a {@code validation_failed} error.
 *
 * @param field the request field as the integrator named it (JSON path, e.g. {@code waId})
 * @param problem what is wrong with it, readable by a person
 */
public record FieldProblem(String field, String problem) implements Serializable {

  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
  }
}
