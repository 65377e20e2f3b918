package dev.callgate.accounts;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Agents, their roles and teams, and their availability. */
public interface AgentService {

  List<AgentView> agents(long businessId);

  Optional<AgentView> agent(long businessId, long agentId);

  /** The agent a console login names; logins are unique across businesses. */
  Optional<AgentView> byEmail(String email);

  /** What this actor may do to the business's agents and chats (A1). */
  AgentAuthority authority(@NotNull Actor actor);

  /**
   * Switches an agent online or offline; audited. Anyone may switch themself; switching another
   * agent takes an owner, superadmin or admin, or the sales lead of the agent's team (A1). API keys
   * act for the whole business.
   *
   * @throws dev.callgate.kernel.CallingException not_found for an agent of another business,
   *     forbidden when the actor's role does not allow it
   */
  AgentView setAvailability(@NotNull Actor actor, long agentId, @NotNull Availability availability);
}
