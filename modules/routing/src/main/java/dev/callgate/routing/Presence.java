package dev.callgate.routing;

import dev.callgate.accounts.Actor;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Agent presence (R2, R9, R10, R12), kept in the database so that every node of a cluster sees the
 * same truth. Every method refuses agents of another business with {@code not_found} (A2).
 */
public interface Presence {

  /**
   * The agent's console is connected (a push channel opened, or its periodic beat): the agent is
   * reachable for {@code callgate.routing.heartbeat-seconds} from now (R12). Beat at least twice
   * per that period. Changes nothing else, and is not audited.
   */
  PresenceView heartbeat(long businessId, long agentId);

  /**
   * Sets the agent ONLINE, AWAY or OFFLINE; audited (A3) when it changed. Set ONLINE over the API,
   * the agent is reachable for {@code callgate.routing.presence-ttl-seconds}, refreshed by every
   * such call (R12). Ringing offers of an agent who leaves are withdrawn. Anyone may switch
   * themself; switching another agent takes an owner, superadmin or admin, or the sales lead of the
   * agent's team (A1); API keys act for the whole business.
   *
   * @throws dev.callgate.kernel.CallingException not_found for an agent of another business,
   *     forbidden when the actor's role does not allow it
   */
  PresenceView set(
      @NotNull Actor actor,
      long agentId,
      @NotNull Availability availability,
      @NotNull PresenceSource source);

  PresenceView presence(long businessId, long agentId);

  /** Every agent of the business that routing knows of; agents absent from it are offline. */
  List<PresenceView> presences(long businessId);

  /** The offers ringing for this agent now, oldest first (for a console that reloads). */
  List<OfferView> openOffers(long businessId, long agentId);
}
