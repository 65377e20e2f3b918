package dev.callgate.permissions.internal;

import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Turns a settled pair into what the API and the console show. */
@ApplicationScoped
public class PermissionViews {

  /** A customer never asked can be called by no one (P1). */
  public static final CallLimits NEVER_GRANTED = new CallLimits(false, "P1", null);

  @Inject private PermissionSettings settings;

  @Inject private PermissionRequests requests;

  /** A customer never asked: no permission, every request still possible. */
  public PermissionView none(String numberId, String waId) {
    return new PermissionView(
        numberId,
        waId,
        PermissionState.NONE,
        null,
        null,
        null,
        0,
        false,
        new RequestLimits(true, 0, 0, null, null),
        NEVER_GRANTED,
        null,
        null);
  }

  public PermissionView of(PermissionPair pair, Instant now) {
    return new PermissionView(
        pair.numberId(),
        pair.waId(),
        pair.state(),
        pair.grantedAt(),
        pair.expiresAt(),
        pair.source() == null ? null : pair.source().wire(),
        pair.consecutiveUnanswered(),
        pair.promptedToReconsider(),
        requestLimits(pair, now),
        callLimits(pair, now),
        pair.lastCustomerContactAt().map(at -> at.plus(settings.serviceWindow())).orElse(null),
        requests.newest(pair).map(r -> r.view(now)).orElse(null));
  }

  /** The rules that decide whether a request may go (P9, T3, T2, P4), as configured. */
  public RequestRules rules() {
    return new RequestRules(settings.limits(), settings.serviceWindow());
  }

  /** What {@link RequestRules} reads of a pair at an instant. */
  public RequestRules.PairFacts facts(PermissionPair pair, Instant now) {
    return new RequestRules.PairFacts(
        pair.waId(),
        requestLimits(pair, now),
        pair.lastCustomerContactAt().map(at -> at.plus(settings.serviceWindow())).orElse(null),
        pair.state() == PermissionState.PENDING);
  }

  /** A customer never asked: nothing sent, no window. */
  public static RequestRules.PairFacts noFacts(String waId) {
    return new RequestRules.PairFacts(waId, new RequestLimits(true, 0, 0, null, null), null, false);
  }

  public RequestLimits requestLimits(PermissionPair pair, Instant now) {
    return requestLimits(pair, requests.sentRecently(pair, now), settings.limits(), now);
  }

  /** P9 first (no instant ends a permanent permission), then the rolling windows of P4 and P5. */
  public static RequestLimits requestLimits(
      PermissionPair pair, List<Instant> sentAt, PermissionLimits limits, Instant now) {
    RequestWindow window =
        new RequestLimitPolicy(limits).evaluate(sentAt, pair.lastConnectedAt(), now);
    if (pair.active(now) && pair.state() == PermissionState.PERMANENT) {
      return new RequestLimits(false, window.usedLast24h(), window.usedLast7d(), null, "P9");
    }
    return new RequestLimits(
        window.canRequest(),
        window.usedLast24h(),
        window.usedLast7d(),
        window.nextRequestAt(),
        window.canRequest() ? null : "P4");
  }

  /** P7 for a temporary permission that lapsed, P1 for every other missing permission. */
  public static CallLimits callLimits(PermissionPair pair, Instant now) {
    if (pair.active(now)) {
      return new CallLimits(true, null, null);
    }
    return new CallLimits(false, pair.state() == PermissionState.EXPIRED ? "P7" : "P1", null);
  }
}
