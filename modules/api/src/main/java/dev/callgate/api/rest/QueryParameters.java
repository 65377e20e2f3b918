package dev.callgate.api.rest;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import dev.callgate.kernel.input.SaneTime;
import dev.callgate.kernel.input.WholeNumbers;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query parameters as text and converts them here, so that a malformed one is a {@code
 * validation_failed} naming the parameter (JAX-RS itself would answer 404 for a number that does
 * not parse), and every malformed parameter of a request is reported at once by {@link #check()}.
 */
final class QueryParameters {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** A whole number of at least {@code min}; null when absent. */
  Integer integer(String name, String raw, int min) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    WholeNumbers.Result value = WholeNumbers.parse(raw, min, Integer.MAX_VALUE);
    if (!value.ok()) {
      problems.add(new FieldProblem(name, value.problem()));
      return null;
    }
    return (int) value.value();
  }

  /** An ISO-8601 instant such as {@code 2026-11-23T09:00:00Z}; null when absent. */
  Instant instant(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      Instant instant = Instant.parse(raw.strip());
      SaneTime.problem(instant).ifPresent(problem -> problems.add(new FieldProblem(name, problem)));
      return instant;
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(name, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z"));
      return null;
    }
  }

  /** One of an enum's constants, named exactly; null when absent. */
  <E extends Enum<E>> E constant(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      problems.add(
          new FieldProblem(
              name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  /** A consumer's WhatsApp id; required. */
  WaId waId(String name, String raw) {
    try {
      return WaId.of(raw);
    } catch (CallingException invalid) {
      invalid.fields().forEach(p -> problems.add(new FieldProblem(name, p.problem())));
      return null;
    }
  }

  void required(String name, Object value) {
    if (value == null && problems.stream().noneMatch(p -> p.field().equals(name))) {
      problems.add(new FieldProblem(name, "is required"));
    }
  }

  /** Refuses the request with every problem found so far. */
  void check() {
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
  }
}
