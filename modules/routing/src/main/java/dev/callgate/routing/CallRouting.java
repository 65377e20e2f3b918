package dev.callgate.routing;

import java.util.List;
import java.util.Optional;

/**
 * Routes user-initiated calls to agents (C3, S2, R1-R11); what the calls module asks of routing.
 * Every decision runs under a lock on the business's routing row, so two calls on two nodes never
 * ring the same free agent (R5). A ring that gives up fires {@link RingEnded}.
 *
 * <p>Lock order: the calls module calls these methods before it locks the call's own row.
 */
public interface CallRouting {

  /**
   * Starts ringing: closed hours (S2) ring nobody; otherwise the first link of the chain that has
   * an eligible agent is offered the call (R1-R4; every eligible agent of the pool at once with
   * RING_ALL). Fires {@link RingEnded} at once when nobody can be offered it.
   */
  RingView start(RingRequest request);

  /**
   * The agent picks up. Refused with {@code conflict} and the reason unless an offer to this agent
   * is ringing; otherwise every other offer is withdrawn, and the agent is on the call while Meta
   * is told.
   */
  RingView reserveAccept(long callId, long agentId);

  /** Meta took the accept: the call is the agent's. */
  RingView accepted(long callId, long agentId);

  /** Meta refused the accept: the agent is free again, and the call ends. */
  RingView acceptFailed(long callId, long agentId);

  /**
   * The agent declines: the offer moves on, never back to them (R7). Refused with {@code conflict}
   * unless an offer to this agent is ringing.
   */
  RingView decline(long callId, long agentId);

  /**
   * The call ended (the caller hung up, Meta timed it out, or the talk is over): open offers are
   * withdrawn, and the agent on the call starts the wrap-up (R10). Idempotent.
   */
  void callEnded(long callId);

  /** An agent placed a business call: on a call until it ends; a ringing offer is withdrawn. */
  void outboundStarted(long businessId, long agentId, long callId);

  /** The agent's business call ended; wrap-up follows when it connected (R10). Idempotent. */
  void outboundEnded(long businessId, long agentId, long callId, boolean connected);

  Optional<RingView> ring(long callId);

  /** Every offer of the call, in the order made. */
  List<OfferView> offers(long callId);
}
