package dev.callgate.console.view;

import dev.callgate.accounts.AgentAuthority;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.routing.Availability;
import dev.callgate.routing.Presence;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The business's agents, with the online/offline switch that decides who is offered calls (R2). */
@Named
@ViewScoped
public class AgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentService agents;

  @Inject private Presence presence;

  @Inject private CurrentAgent me;

  // Kept for the view's postbacks; reloaded after a session is restored elsewhere.
  private transient List<AgentRow> rows;

  public List<AgentRow> getRows() {
    if (rows == null) {
      AgentAuthority authority = agents.authority(me.actor());
      long business = me.getBusinessId();
      Map<Long, PresenceView> presences =
          presence.presences(business).stream()
              .collect(Collectors.toMap(PresenceView::agentId, Function.identity()));
      rows =
          agents.agents(business).stream()
              .map(
                  agent ->
                      new AgentRow(
                          agent,
                          presences.getOrDefault(
                              agent.id(), PresenceView.offline(business, agent.id())),
                          authority.maySetAvailabilityOf(agent)))
              .toList();
    }
    return rows;
  }

  /**
   * The switch of one row moved: ask routing, which checks the role (A1) and audits it, then show
   * the new state. The switch is disabled where the role does not allow it; routing still refuses a
   * forged request.
   */
  public void switchAvailability(AgentRow row) {
    AgentView agent = row.getAgent();
    Availability wanted = row.isOnline() ? Availability.ONLINE : Availability.OFFLINE;
    try {
      PresenceView switched = presence.set(me.actor(), agent.id(), wanted, PresenceSource.CONSOLE);
      String state = switched.availability() == Availability.ONLINE ? "online" : "offline";
      Messages.info(agent.name() + " is " + state);
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
    rows = null;
  }

  /** One table row: the agent, and the switch's state while a postback carries it. */
  public static class AgentRow {

    private final AgentView agent;
    private final PresenceView presence;
    private final boolean switchable;
    private boolean online;

    AgentRow(AgentView agent, PresenceView presence, boolean switchable) {
      this.agent = agent;
      this.presence = presence;
      this.switchable = switchable;
      this.online = presence.availability() == Availability.ONLINE;
    }

    public AgentView getAgent() {
      return agent;
    }

    public PresenceView getPresence() {
      return presence;
    }

    public boolean isSwitchable() {
      return switchable;
    }

    public boolean isOnline() {
      return online;
    }

    public void setOnline(boolean online) {
      this.online = online;
    }
  }
}
