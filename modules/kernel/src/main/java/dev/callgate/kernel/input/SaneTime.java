package dev.callgate.kernel.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The dates and instants Callgate accepts from callers: from 1970-01-01 to 9999-12-31 (UTC). Java
 * parses {@code +999999999-12-25} happily; no database column, Cloud API field or person means it,
 * so it is refused rather than stored.
 */
public final class SaneTime {

  public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final String RANGE = "must be between " + EARLIEST + " and " + LATEST;

  private SaneTime() {}

  public static Optional<String> problem(LocalDate date) {
    return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.of(RANGE) : Optional.empty();
  }

  public static Optional<String> problem(Instant instant) {
    return instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
            || !instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
        ? Optional.of(RANGE)
        : Optional.empty();
  }
}
