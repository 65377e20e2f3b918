package dev.callgate.routing;

import java.util.Optional;

/**
 * Payloads for call buttons and deep links that name an agent ({@code agent:<id>.<signature>}).
 * Callgate signs them (HMAC-SHA256 with {@code callgate.routing.payload-secret}, bound to the
 * business), so a customer cannot forge one to reach an agent of their choosing; a call arriving
 * with a valid one is offered to that agent first.
 */
public interface AgentPayloads {

  /** The payload to put on a {@code voice_call} button or a {@code wa.me/call} link. */
  String forAgent(long businessId, long agentId);

  /** The agent a payload names, when Callgate signed it for this business; empty otherwise. */
  Optional<Long> agentOf(long businessId, String payload);
}
