package dev.callgate.permissions;

import java.time.Duration;

/**
 * The numbers behind the permission rules, read from MicroProfile Config ({@code
 * callgate.permission.*}); no limit is a literal in code.
 */
public record PermissionLimits(
    Duration temporaryLifetime,
    int maxRequestsPer24h,
    int maxRequestsPer7d,
    Duration requestExpiry,
    int promptAfterUnanswered,
    int revokeAfterUnanswered) {

  /** The defaults of calling-rules.md, for tests and documentation. */
  public static PermissionLimits defaults() {
    return new PermissionLimits(Duration.ofHours(168), 1, 2, Duration.ofDays(7), 2, 4);
  }

  public PermissionLimits {
    if (maxRequestsPer24h < 1 || maxRequestsPer7d < maxRequestsPer24h) {
      throw new IllegalArgumentException(
          "request limits must be at least 1 and the weekly one no smaller");
    }
    if (promptAfterUnanswered < 1 || revokeAfterUnanswered <= promptAfterUnanswered) {
      throw new IllegalArgumentException("revocation must come after the prompt");
    }
  }
}
