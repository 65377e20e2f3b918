package dev.callgate.calls;

import dev.callgate.accounts.Actor;
import jakarta.validation.constraints.NotNull;

/**
 * Business-initiated calls (C1, L1-L7). The pre-flight and the real start run the same checks in
 * the same order; the start runs them again under a lock on the business number, so concurrent
 * starts cannot overshoot a limit. Every method refuses another business's numbers and calls with
 * {@code not_found} (A2).
 */
public interface OutboundCalls {

  /** Could this agent call this customer from this number now? No side effects (L7). */
  Preflight preflight(long businessId, @NotNull String numberId, String waId, Long agentId);

  /**
   * Validates the offer (C2), reserves the call under the limits, sends {@code connect} with the
   * offer, and returns the call INITIATED; the SDP answer arrives later by webhook.
   */
  CallView start(@NotNull Actor actor, @NotNull String numberId, @NotNull StartCall command);

  CallView call(long businessId, long callId);

  /** The agent hangs up: Callgate always sends {@code terminate} for its side (C5). */
  CallView terminate(@NotNull Actor actor, long callId);
}
