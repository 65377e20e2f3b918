package dev.callgate.sandbox.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * System UTC plus an offset that only grows. Every timer and window of the simulator reads this
 * clock, never {@link Instant#now()}, so that advancing it is seen everywhere at once.
 */
@ApplicationScoped
public class SandboxClock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public SandboxClock() {
    this(Clock.systemUTC());
  }

  public SandboxClock(Clock base) {
    this.base = base;
  }

  /** Moves the clock forward and returns the new total offset. */
  public Duration advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the sandbox clock only moves forward");
    }
    return offset.accumulateAndGet(by, Duration::plus);
  }

  public Duration offset() {
    return offset.get();
  }

  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
