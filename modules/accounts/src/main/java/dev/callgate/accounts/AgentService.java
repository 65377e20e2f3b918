package dev.callgate.accounts;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Agents, their roles and teams. */
public interface AgentService {

  List<AgentView> agents(long businessId);

  Optional<AgentView> agent(long businessId, long agentId);

  /** The agent a console login names; logins are unique across businesses. */
  Optional<AgentView> byEmail(String email);

  /** What this actor may do to the business's agents and chats (A1). */
  AgentAuthority authority(@NotNull Actor actor);
}
