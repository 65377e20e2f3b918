package dev.callgate.permissions.internal;

import dev.callgate.permissions.PermissionLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Rules P4 and P5: at most N call permission requests per pair in any rolling 24 hours and M in any
 * rolling 7 days, free-form and template alike; a connected call between the pair resets both
 * counts.
 *
 * <p>A window starts half-open, {@code (now - length, …}: a request sent exactly 24 hours ago no
 * longer counts, so the next one is allowed at exactly that instant. It has no end: a request
 * stamped later than {@code now} counts too. Such a request exists whenever {@code now} was read by
 * one thread while another, already holding the pair, stamped and sent its own; leaving it out let
 * a second request through to the Cloud API, which refused it (138009).
 */
public final class RequestLimitPolicy {

  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration WEEK = Duration.ofDays(7);

  private final PermissionLimits limits;

  public RequestLimitPolicy(PermissionLimits limits) {
    this.limits = limits;
  }

  /**
   * @param sentAt when earlier requests to the pair were sent, in any order
   * @param lastConnectedCall the last connected call between the pair, or null (P5)
   */
  public RequestWindow evaluate(
      Collection<Instant> sentAt, Instant lastConnectedCall, Instant now) {
    List<Instant> counted =
        sentAt.stream()
            .filter(t -> lastConnectedCall == null || t.isAfter(lastConnectedCall))
            .sorted()
            .toList();
    List<Instant> day = within(counted, DAY, now);
    List<Instant> week = within(counted, WEEK, now);
    Instant dayFree = freedAt(day, limits.maxRequestsPer24h(), DAY);
    Instant weekFree = freedAt(week, limits.maxRequestsPer7d(), WEEK);
    Instant next = later(dayFree, weekFree);
    return new RequestWindow(next == null, day.size(), week.size(), next);
  }

  private static List<Instant> within(List<Instant> sorted, Duration length, Instant now) {
    Instant start = now.minus(length);
    return sorted.stream().filter(t -> t.isAfter(start)).toList();
  }

  /**
   * When enough of the window's requests have aged out to allow one more: the request that must
   * leave is the one at position {@code size - max} of the sorted window.
   */
  private static Instant freedAt(List<Instant> window, int max, Duration length) {
    if (window.size() < max) {
      return null;
    }
    return window.get(window.size() - max).plus(length);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }
}
