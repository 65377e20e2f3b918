package dev.callgate.api.soap.types;

import dev.callgate.accounts.AgentView;
import dev.callgate.routing.PresenceView;
import jakarta.xml.bind.annotation.XmlType;

/** An agent as {@code GET /agents} lists it. */
@XmlType(
    name = "Agent",
    propOrder = {"id", "name", "email", "role", "teamId", "availability", "onCall"})
public class Agent {

  public long id;
  public String name;
  public String email;
  public Role role;
  public Long teamId;
  public Availability availability;
  public boolean onCall;

  public static Agent of(AgentView view, PresenceView presence) {
    Agent agent = new Agent();
    agent.id = view.id();
    agent.name = view.name();
    agent.email = view.email();
    agent.role = Role.valueOf(view.role().name());
    agent.teamId = view.teamId();
    agent.availability = Availability.valueOf(presence.availability().name());
    agent.onCall = presence.onCall();
    return agent;
  }
}
