package dev.callgate.accounts;

import java.util.List;
import java.util.Optional;

/** Agents, their roles and teams. */
public interface AgentService {

  List<AgentView> agents(long businessId);

  Optional<AgentView> agent(long businessId, long agentId);

  /** The agent a console login names; logins are unique across businesses. */
  Optional<AgentView> byEmail(String email);

  /**
   * The agent whose console login this is, when the password matches its PBKDF2 hash. Unknown
   * logins cost as much time as wrong passwords, so timing does not reveal who has an account.
   */
  Optional<AgentView> authenticate(String email, char[] password);
}
