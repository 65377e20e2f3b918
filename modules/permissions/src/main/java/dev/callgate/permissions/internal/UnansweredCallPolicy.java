package dev.callgate.permissions.internal;

import dev.callgate.permissions.PermissionLimits;

/**
 * Rule P8: consecutive unanswered (or rejected) business-initiated calls first flag the pair as
 * "prompted to reconsider", then revoke the permission; a connected call resets the count.
 */
public final class UnansweredCallPolicy {

  /**
   * What one call outcome does to the pair.
   *
   * @param consecutive the count after this call
   * @param prompt this call reached the prompt threshold (an event and a visible warning)
   * @param revoke this call reached the revocation threshold
   */
  public record Outcome(int consecutive, boolean prompt, boolean revoke) {}

  private final PermissionLimits limits;

  public UnansweredCallPolicy(PermissionLimits limits) {
    this.limits = limits;
  }

  public Outcome after(int consecutiveSoFar, boolean answered) {
    if (answered) {
      return new Outcome(0, false, false);
    }
    int count = consecutiveSoFar + 1;
    return new Outcome(
        count, count == limits.promptAfterUnanswered(), count == limits.revokeAfterUnanswered());
  }
}
