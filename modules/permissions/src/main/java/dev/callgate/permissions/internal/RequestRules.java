package dev.callgate.permissions.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.permissions.RequestPreflight;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a call permission request may go to a pair now: P9, then T3 (or T2 for a template), then
 * P4, so the refusal a user can do least about comes first. One decision for the pre-flight and for
 * the request itself, which asks again under the pair's lock.
 *
 * @param limits the configured limits, named in the P4 refusal
 * @param serviceWindow how long the customer service window stays open (T3)
 */
public record RequestRules(PermissionLimits limits, Duration serviceWindow) {

  /**
   * @param pair what the request depends on, at {@code now}
   * @param kind the kind asked about; null for "any kind", as a page asks before anyone chose
   * @param noTemplate why no approved template can be sent (T2): the named one is not approved, or
   *     the number's account has none when none is named; null when one can
   */
  public RequestPreflight decide(
      PairFacts pair, RequestKind kind, CallingException noTemplate, Instant now) {
    boolean templateReady = noTemplate == null;
    RequestLimits used = pair.requestLimits();
    if ("P9".equals(used.blockingRule())) {
      return new RequestPreflight(
          false,
          false,
          false,
          List.of(permanent(pair.waId())),
          used,
          pair.serviceWindowEndsAt(),
          pair.pending());
    }
    boolean window = pair.serviceWindowEndsAt() != null && now.isBefore(pair.serviceWindowEndsAt());
    List<CallingException> refusals = new ArrayList<>();
    if (kind == RequestKind.INTERACTIVE && !window) {
      refusals.add(windowClosed(false));
    } else if (kind == RequestKind.TEMPLATE && !templateReady) {
      refusals.add(noTemplate);
    } else if (kind == null && !window && !templateReady) {
      refusals.add(windowClosed(true));
    }
    if (!used.canRequest()) {
      refusals.add(tooMany(pair.waId(), used));
    }
    boolean interactive = window && used.canRequest();
    boolean template = templateReady && used.canRequest();
    return new RequestPreflight(
        refusals.isEmpty(),
        interactive,
        template,
        refusals,
        used,
        pair.serviceWindowEndsAt(),
        pair.pending());
  }

  /** What the decision reads of a pair; a pair never asked has no requests and no window. */
  public record PairFacts(
      String waId, RequestLimits requestLimits, Instant serviceWindowEndsAt, boolean pending) {}

  private static CallingException permanent(String waId) {
    return CallingException.of(
            ErrorCode.PERMANENT_PERMISSION_EXISTS,
            waId + " has granted permanent call permission; call them directly")
        .rule("P9");
  }

  private CallingException windowClosed(boolean noTemplateEither) {
    String problem =
        "a free-form request needs the customer service window, which is closed: the customer has"
            + " not written or called in the last "
            + serviceWindow.toHours()
            + " hours; "
            + (noTemplateEither
                ? "and this number's account has no approved template to send instead (T2)"
                : "send an approved template instead");
    return CallingException.validation(List.of(new FieldProblem("kind", problem))).rule("T3");
  }

  private CallingException tooMany(String waId, RequestLimits used) {
    return CallingException.of(
            ErrorCode.TOO_MANY_CPR_REQUESTS,
            used.usedLast7d()
                + " call permission request(s) already sent to "
                + waId
                + " in the last 7 days ("
                + used.usedLast24h()
                + " in the last 24 hours)")
        .resolution(
            "Respect the limit of "
                + limits.maxRequestsPer24h()
                + " request per 24 hours and "
                + limits.maxRequestsPer7d()
                + " per 7 days")
        .retryAfter(used.nextRequestAt())
        .rule("P4");
  }
}
