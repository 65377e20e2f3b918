package dev.callgate.console.view.contacts;

import dev.callgate.console.faces.Labels;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a call permission request can go out now, and in which forms, worked out from the pair's
 * view before the agent presses anything, so a refusal is explained instead of provoked. The
 * service stays the authority: it decides again under a lock on the pair, and a request that lost a
 * race is refused there.
 *
 * @param freeForm a free-form message may be sent (open customer service window, T3)
 * @param template an approved template may be sent (T2)
 * @param reasons why no request can be sent at all; empty when one can
 * @param note what the agent should know about a request that can be sent, or null
 */
public record RequestAdvice(boolean freeForm, boolean template, List<String> reasons, String note) {

  public RequestAdvice {
    reasons = List.copyOf(reasons);
  }

  /**
   * A permanent permission (P9) is the only reason given when it applies, since nothing else would
   * make a request useful; otherwise every reason that applies is listed, the limits (P4) first
   * because they end at a known instant.
   */
  public static RequestAdvice of(
      PermissionView pair, PermissionLimits limits, boolean approvedTemplate, Instant now) {
    RequestLimits used = pair.requestLimits();
    if ("P9".equals(used.blockingRule())) {
      return new RequestAdvice(
          false,
          false,
          List.of(
              "The customer granted permanent call permission: call them directly."
                  + " A new request would be refused (P9)."),
          null);
    }
    List<String> reasons = new ArrayList<>();
    if (!used.canRequest()) {
      reasons.add(limitsUsedUp(used, limits));
    }
    boolean window = pair.insideServiceWindow(now);
    if (!window && !approvedTemplate) {
      reasons.add(
          windowClosed(pair)
              + ", so a free-form request is not possible (T3), and this number's account has"
              + " no approved template to send instead (T2).");
    }
    if (!reasons.isEmpty()) {
      return new RequestAdvice(false, false, reasons, null);
    }
    return new RequestAdvice(
        window, approvedTemplate, reasons, note(pair, window, approvedTemplate));
  }

  public boolean canSend() {
    return reasons.isEmpty();
  }

  private static String limitsUsedUp(RequestLimits used, PermissionLimits limits) {
    String text =
        "The request limits are used up: "
            + used.usedLast24h()
            + " of "
            + limits.maxRequestsPer24h()
            + " per 24 hours, "
            + used.usedLast7d()
            + " of "
            + limits.maxRequestsPer7d()
            + " per 7 days (P4).";
    return used.nextRequestAt() == null
        ? text
        : text + " The next request is possible at " + Labels.format(used.nextRequestAt()) + ".";
  }

  private static String windowClosed(PermissionView pair) {
    return pair.serviceWindowEndsAt() == null
        ? "The customer has not written to or called the business: the customer service window"
            + " is closed"
        : "The customer service window closed at " + Labels.format(pair.serviceWindowEndsAt());
  }

  private static String note(PermissionView pair, boolean window, boolean approvedTemplate) {
    String forms;
    if (!window) {
      forms = "The customer service window is closed: only an approved template can be sent (T3).";
    } else {
      forms =
          "The customer service window is open until "
              + Labels.format(pair.serviceWindowEndsAt())
              + (approvedTemplate
                  ? ": a free-form message or an approved template can be sent."
                  : ": a free-form message can be sent (this number's account has no approved"
                      + " template).");
    }
    return pair.status() == PermissionState.PENDING
        ? forms + " A new request replaces the one still awaiting an answer (P6)."
        : forms;
  }
}
