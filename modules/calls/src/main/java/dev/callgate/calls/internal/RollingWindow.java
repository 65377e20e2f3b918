package dev.callgate.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "At most N in any rolling window" (L1, L2): the window starts half-open at {@code now - length},
 * and when it is full the next slot opens when the oldest event that keeps it full leaves it. It
 * has no end: a call stamped later than {@code now} (by another node whose clock runs ahead, say)
 * was reserved and counts.
 */
public final class RollingWindow {

  private final Duration length;
  private final int max;

  public RollingWindow(Duration length, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a limit allows at least one");
    }
    this.length = length;
    this.max = max;
  }

  /** Empty while one more fits now; otherwise the instant one more will fit. */
  public Optional<Instant> fullUntil(Collection<Instant> events, Instant now) {
    Instant start = now.minus(length);
    List<Instant> inside = events.stream().filter(t -> t.isAfter(start)).sorted().toList();
    if (inside.size() < max) {
      return Optional.empty();
    }
    return Optional.of(inside.get(inside.size() - max).plus(length));
  }

  public int max() {
    return max;
  }
}
