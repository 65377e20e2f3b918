package dev.callgate.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock every rule reads. It runs with its base clock but can be moved forward, so the sandbox
 * and tests cross a 24-hour or 7-day window in an instant instead of sleeping.
 *
 * <p>Time only moves forward: a rolling window evaluated twice must never see an earlier "now".
 *
 * <p>It reads in whole microseconds, which is what the database keeps ({@code timestamp with time
 * zone}): an instant stamped now is answered by the API exactly as it will be read back, and a
 * database never has to round it (PostgreSQL rounds, Java truncates; the two would disagree).
 */
public final class ShiftableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public ShiftableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private ShiftableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = Objects.requireNonNull(base, "base");
    this.offset = offset;
  }

  /** Moves this clock, and every zone view of it, forward; returns the total offset. */
  public Duration advance(Duration by) {
    Objects.requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward: " + by);
    }
    return offset.accumulateAndGet(by, Duration::plus);
  }

  /** How far this clock is ahead of its base. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  // The zone view shares the offset holder, so advancing either moves both.
  @Override
  public ShiftableClock withZone(ZoneId zone) {
    return zone.equals(getZone()) ? this : new ShiftableClock(base.withZone(zone), offset);
  }

  @Override
  public String toString() {
    return "ShiftableClock[" + base + " + " + offset.get() + "]";
  }
}
