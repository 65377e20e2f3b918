package dev.callgate.console.view.contacts;

import dev.callgate.console.faces.Labels;
import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestLimits;
import java.time.Instant;

/**
 * The sentences of a pair's status card, built from the view and the configured limits, so the page
 * says "1 of 1 per 24 hours" with the numbers the rules apply.
 *
 * @param usage requests used against each limit (P4)
 * @param nextRequest when the limits allow the next request, or that they allow one now
 * @param window whether the customer service window is open (T3)
 * @param calls whether the business may call the customer now (P1, P7)
 * @param warning the unanswered-calls warning (P8), or null when no call went unanswered
 */
public record PairSummary(
    String usage, String nextRequest, String window, String calls, String warning) {

  public static PairSummary of(PermissionView pair, PermissionLimits limits, Instant now) {
    RequestLimits used = pair.requestLimits();
    return new PairSummary(
        usage(used, limits),
        nextRequest(used),
        pair.insideServiceWindow(now)
            ? "Open until " + Labels.format(pair.serviceWindowEndsAt())
            : "Closed",
        calls(pair.callLimits()),
        warning(pair, limits));
  }

  /** "1 of 1 per 24 hours, 1 of 2 per 7 days": requests used against each limit (P4). */
  static String usage(RequestLimits used, PermissionLimits limits) {
    return used.usedLast24h()
        + " of "
        + limits.maxRequestsPer24h()
        + " per 24 hours, "
        + used.usedLast7d()
        + " of "
        + limits.maxRequestsPer7d()
        + " per 7 days";
  }

  private static String nextRequest(RequestLimits used) {
    if (used.canRequest()) {
      return "Within the limits now";
    }
    if (used.nextRequestAt() == null) {
      return "None while the permission is permanent (P9)";
    }
    return "Possible again at " + Labels.format(used.nextRequestAt()) + " (P4)";
  }

  private static String calls(CallLimits calls) {
    if (calls.canCall()) {
      return "Allowed";
    }
    return "P7".equals(calls.blockingRule())
        ? "Not allowed: the temporary permission lapsed, ask again (P7)"
        : "Not allowed without an active permission (P1)";
  }

  private static String warning(PermissionView pair, PermissionLimits limits) {
    int unanswered = pair.consecutiveUnanswered();
    if (!pair.promptedToReconsider() && unanswered == 0) {
      return null;
    }
    String calls = unanswered == 1 ? " unanswered call in a row: " : " unanswered calls in a row: ";
    String prompt =
        pair.promptedToReconsider()
            ? "the customer was asked to reconsider; "
            : "at " + limits.promptAfterUnanswered() + " the customer is asked to reconsider; ";
    return unanswered
        + calls
        + prompt
        + limits.revokeAfterUnanswered()
        + " revoke the permission (P8).";
  }
}
