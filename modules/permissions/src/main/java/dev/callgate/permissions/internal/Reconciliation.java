package dev.callgate.permissions.internal;

import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.permissions.PermissionState;
import java.time.Duration;
import java.time.Instant;

/**
 * Rule P10: no webhook announces that a temporary permission ended, so Callgate derives it from the
 * grant and, now and then, asks the Cloud API. Where Meta and Callgate disagree, Meta wins: it is
 * the one that lets the call through or refuses it.
 */
public final class Reconciliation {

  /** Meta rounds expiries to the second and the two clocks drift a little; ignore that much. */
  private static final Duration TOLERANCE = Duration.ofMinutes(1);

  public enum Action {
    KEEP,
    GRANT_TEMPORARY,
    GRANT_PERMANENT,
    END
  }

  /**
   * What to do with the pair.
   *
   * @param expiresAt Meta's expiry, for GRANT_TEMPORARY
   * @param endState REVOKED or EXPIRED, for END
   */
  public record Verdict(Action action, Instant expiresAt, PermissionState endState, String reason) {

    static Verdict keep() {
      return new Verdict(Action.KEEP, null, null, null);
    }
  }

  private Reconciliation() {}

  /**
   * @param ours the pair's state after settling at {@code now}
   * @param ourExpiry the pair's expiry for a temporary permission
   */
  public static Verdict compare(
      PermissionState ours, Instant ourExpiry, CallPermissions meta, Instant now) {
    return switch (meta.status()) {
      case PERMANENT ->
          ours == PermissionState.PERMANENT
              ? Verdict.keep()
              : new Verdict(
                  Action.GRANT_PERMANENT,
                  null,
                  null,
                  "the Cloud API reports a permanent permission");
      case TEMPORARY -> temporary(ours, ourExpiry, meta.expiresAt(), now);
      case NONE, DENIED, EXPIRED -> ended(ours, ourExpiry, meta, now);
      case PENDING -> Verdict.keep();
    };
  }

  private static Verdict temporary(
      PermissionState ours, Instant ourExpiry, Instant theirs, Instant now) {
    if (theirs == null || !now.isBefore(theirs)) {
      // Meta says temporary but names no future expiry: nothing trustworthy to adopt
      return Verdict.keep();
    }
    boolean same =
        ours == PermissionState.TEMPORARY
            && ourExpiry != null
            && Duration.between(ourExpiry, theirs).abs().compareTo(TOLERANCE) <= 0;
    return same
        ? Verdict.keep()
        : new Verdict(
            Action.GRANT_TEMPORARY,
            theirs,
            null,
            "the Cloud API reports a temporary permission until " + theirs);
  }

  private static Verdict ended(
      PermissionState ours, Instant ourExpiry, CallPermissions meta, Instant now) {
    boolean activeHere =
        ours == PermissionState.PERMANENT
            || (ours == PermissionState.TEMPORARY && ourExpiry != null && now.isBefore(ourExpiry));
    if (!activeHere) {
      return Verdict.keep();
    }
    PermissionState end =
        meta.status() == CallPermissions.Status.EXPIRED
            ? PermissionState.EXPIRED
            : PermissionState.REVOKED;
    return new Verdict(
        Action.END, null, end, "the Cloud API reports no permission (" + meta.rawStatus() + ")");
  }
}
