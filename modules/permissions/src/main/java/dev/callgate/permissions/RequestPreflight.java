package dev.callgate.permissions;

import dev.callgate.kernel.CallingException;
import java.time.Instant;
import java.util.List;

/**
 * The answer to "could a call permission request go to this customer now, and if not, which rule
 * stops it and until when" (P9, T3, T2, P4). The real request decides with the same rules again,
 * under the pair's lock; a refusal here is the one it would give.
 *
 * @param allowed a request of the kind asked about (of any kind, when none was named) could go now
 * @param interactive a free-form request could go now: the customer service window is open (T3)
 * @param template a request with an approved template could go now (T2)
 * @param refusals every rule that stops the request now, in the order the real request applies
 *     them, so the first is the error it would answer with; empty when allowed
 * @param requestLimits the pair's request counts and the instant the next request is allowed (P4)
 * @param serviceWindowEndsAt when the customer service window closes or closed; null when the
 *     customer never wrote or called
 * @param replacesPending a request still awaits the customer's answer: a new one expires it (P6)
 */
public record RequestPreflight(
    boolean allowed,
    boolean interactive,
    boolean template,
    List<CallingException> refusals,
    RequestLimits requestLimits,
    Instant serviceWindowEndsAt,
    boolean replacesPending) {

  public RequestPreflight {
    refusals = List.copyOf(refusals);
  }

  /** What the real request would be refused with; null when it would go. */
  public CallingException refusal() {
    return refusals.isEmpty() ? null : refusals.get(0);
  }
}
