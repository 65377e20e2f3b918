package dev.callgate.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * What an actor may do to the agents and chats of its business (A1). Owners, superadmins and admins
 * run every agent; a sales lead runs the agents of their own team; a teammate runs only themself.
 * API keys and system jobs act for the whole business, as an owner does.
 *
 * <p>The services of accounts decide with it, so the REST API, SOAP and the console give the same
 * answer; the console also asks it which switches to offer.
 *
 * @param agentId the acting agent, or null for an API key or a system job
 * @param role the acting agent's role ({@link Role#OWNER} for the whole business)
 * @param teamId the acting agent's team, or null
 */
public record AgentAuthority(Long agentId, Role role, Long teamId) {

  public AgentAuthority {
    Objects.requireNonNull(role, "role");
  }

  /** An API key or a system job. */
  public static AgentAuthority wholeBusiness() {
    return new AgentAuthority(null, Role.OWNER, null);
  }

  /** Anyone may switch themself, so an agent can always stop taking calls. */
  public boolean maySetAvailabilityOf(AgentView target) {
    return self(target) || runs(target);
  }

  /**
   * Why moving a chat (or a contact's ownership) from {@code current} to {@code next} is refused,
   * or empty when it is allowed. Either side may be null (unassigned). Leaving it where it is is
   * always allowed; a teammate may only take an unassigned chat for themself.
   */
  public Optional<String> assignmentRefusal(AgentView current, AgentView next) {
    if (sameAgent(current, next)) {
      return Optional.empty();
    }
    return switch (role) {
      case OWNER, SUPERADMIN, ADMIN -> Optional.empty();
      case SALES_LEAD ->
          inTeamOrNone(current) && inTeamOrNone(next)
              ? Optional.empty()
              : Optional.of("A Sales Lead assigns chats within their own team only");
      case TEAMMATE ->
          current == null && next != null && self(next)
              ? Optional.empty()
              : Optional.of("A Teammate may only take an unassigned chat for themself");
    };
  }

  private boolean runs(AgentView target) {
    return switch (role) {
      case OWNER, SUPERADMIN, ADMIN -> true;
      case SALES_LEAD -> inTeam(target);
      case TEAMMATE -> false;
    };
  }

  private boolean self(AgentView target) {
    return agentId != null && target.id() == agentId;
  }

  private boolean inTeam(AgentView target) {
    return teamId != null && teamId.equals(target.teamId());
  }

  private boolean inTeamOrNone(AgentView agent) {
    return agent == null || inTeam(agent);
  }

  private static boolean sameAgent(AgentView a, AgentView b) {
    return a == null ? b == null : b != null && a.id() == b.id();
  }
}
