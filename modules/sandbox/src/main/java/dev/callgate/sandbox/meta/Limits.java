package dev.callgate.sandbox.meta;

import java.time.Duration;

/**
 * Meta's numbers for one pair, read from {@code sandbox.*} configuration.
 *
 * @param temporaryPermission how long a temporary permission lasts (7 days)
 * @param requestsPer24h permission requests allowed in any rolling 24 hours (1)
 * @param requestsPer7d permission requests allowed in any rolling 7 days (2)
 * @param connectedCallsPer24h connected business-initiated calls per rolling 24 hours (100)
 * @param revokeAfterUnanswered consecutive unanswered calls that revoke the permission (4)
 */
public record Limits(
    Duration temporaryPermission,
    int requestsPer24h,
    int requestsPer7d,
    int connectedCallsPer24h,
    int revokeAfterUnanswered) {

  public static final Duration DAY = Duration.ofHours(24);
  public static final Duration WEEK = Duration.ofDays(7);

  /** Meta's published values, for tests and as a fallback. */
  public static Limits meta() {
    return new Limits(WEEK, 1, 2, 100, 4);
  }
}
