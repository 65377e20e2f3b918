package dev.callgate.console.security;

import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Role;
import java.io.Serializable;
import java.util.Objects;

/**
 * Whose availability (R2: online agents are offered calls) a signed-in agent may switch. Anyone may
 * switch themself, so an agent can always stop taking calls; owners, superadmins and admins run the
 * business's agents; a sales lead runs their own team (A1); a teammate only themself.
 *
 * @param agentId the signed-in agent
 * @param role their role
 * @param teamId their team, or null
 */
public record AvailabilityPolicy(long agentId, Role role, Long teamId) implements Serializable {

  public AvailabilityPolicy {
    Objects.requireNonNull(role, "role");
  }

  public boolean maySwitch(AgentView target) {
    if (target.id() == agentId) {
      return true;
    }
    return switch (role) {
      case OWNER, SUPERADMIN, ADMIN -> true;
      case SALES_LEAD -> teamId != null && teamId.equals(target.teamId());
      case TEAMMATE -> false;
    };
  }
}
