package dev.callgate.calls;

import dev.callgate.accounts.Actor;
import dev.callgate.routing.OfferView;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Customers' calls (C3, R7, R8, R11): an agent the call rings for accepts it with the browser's SDP
 * answer, or rejects it. Calls of another business are {@code not_found} (A2).
 */
public interface InboundCalls {

  /**
   * The agent takes the call: the first accept wins (R11) and every other offer is withdrawn. The
   * answer is checked (C2) before anything else; then Callgate sends Meta {@code pre_accept} and
   * {@code accept} with that same answer, holding no lock meanwhile. Refused with {@code conflict}
   * (409) and the reason when the call is not ringing for this agent (another took it, it ended, it
   * was never offered to them); a refusal by Meta ends the call FAILED and frees the agent.
   *
   * @return the call ACCEPTED, its {@code sdpAnswer} the agent's
   */
  CallView accept(@NotNull Actor actor, long callId, Long agentId, String sdpAnswer);

  /**
   * The agent rejects the call: it moves on to the next agent of the chain, never back to this one
   * (R7), or is missed by agent when nobody is left. Refused with {@code conflict} as {@link
   * #accept} is.
   */
  CallView reject(@NotNull Actor actor, long callId, Long agentId);

  /** Who the call was offered to, in order, and how each offer ended. */
  List<OfferView> offers(long businessId, long callId);
}
