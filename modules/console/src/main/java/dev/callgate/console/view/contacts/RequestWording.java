package dev.callgate.console.view.contacts;

import dev.callgate.console.faces.Labels;
import dev.callgate.kernel.CallingException;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.permissions.RequestPreflight;
import java.time.Instant;
import java.util.List;

/**
 * The sentences of the request form, worded from the service's pre-flight: which rules stop a
 * request now, and what the agent should know about one that can go. Nothing is decided here; the
 * same pre-flight answers REST and SOAP.
 */
final class RequestWording {

  private RequestWording() {}

  /** One sentence per refusal, in the pre-flight's order; empty when a request can go. */
  static List<String> reasons(RequestPreflight preflight, PermissionLimits limits) {
    return preflight.refusals().stream().map(r -> reason(r, preflight, limits)).toList();
  }

  /** What the agent should know about a request that can go; null when none can. */
  static String note(RequestPreflight preflight) {
    if (!preflight.allowed()) {
      return null;
    }
    String forms;
    if (!preflight.interactive()) {
      forms = "The customer service window is closed: only an approved template can be sent (T3).";
    } else {
      forms =
          "The customer service window is open until "
              + Labels.format(preflight.serviceWindowEndsAt())
              + (preflight.template()
                  ? ": a free-form message or an approved template can be sent."
                  : ": a free-form message can be sent (this number's account has no approved"
                      + " template).");
    }
    return preflight.replacesPending()
        ? forms + " A new request replaces the one still awaiting an answer (P6)."
        : forms;
  }

  private static String reason(
      CallingException refusal, RequestPreflight preflight, PermissionLimits limits) {
    String rule = refusal.rule() == null ? "" : refusal.rule();
    return switch (rule) {
      case "P9" ->
          "The customer granted permanent call permission: call them directly."
              + " A new request would be refused (P9).";
      case "P4" -> limitsUsedUp(preflight.requestLimits(), limits, refusal.retryAfter());
      case "T3" ->
          windowClosed(preflight.serviceWindowEndsAt())
              + ", so a free-form request is not possible (T3), and this number's account has"
              + " no approved template to send instead (T2).";
      default -> refusal.getMessage() + (rule.isEmpty() ? "" : " (" + rule + ")");
    };
  }

  private static String limitsUsedUp(RequestLimits used, PermissionLimits limits, Instant next) {
    String text = "The request limits are used up: " + PairSummary.usage(used, limits) + " (P4).";
    return next == null
        ? text
        : text + " The next request is possible at " + Labels.format(next) + ".";
  }

  private static String windowClosed(Instant endedAt) {
    return endedAt == null
        ? "The customer has not written to or called the business: the customer service window"
            + " is closed"
        : "The customer service window closed at " + Labels.format(endedAt);
  }
}
