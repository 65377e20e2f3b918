package dev.callgate.console.view;

import dev.callgate.accounts.AgentAuthority;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Availability;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The business's agents, with the online/offline switch that decides who is offered calls (R2). */
@Named
@ViewScoped
public class AgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentService agents;

  @Inject private CurrentAgent me;

  // Kept for the view's postbacks; reloaded after a session is restored elsewhere.
  private transient List<AgentRow> rows;

  public List<AgentRow> getRows() {
    if (rows == null) {
      AgentAuthority authority = agents.authority(me.actor());
      rows =
          agents.agents(me.getBusinessId()).stream()
              .map(agent -> new AgentRow(agent, authority.maySetAvailabilityOf(agent)))
              .toList();
    }
    return rows;
  }

  /**
   * The switch of one row moved: ask accounts, which checks the role (A1) and audits it, then show
   * the new state. The switch is disabled where the role does not allow it; accounts still refuses
   * a forged request.
   */
  public void switchAvailability(AgentRow row) {
    AgentView agent = row.getAgent();
    Availability wanted = row.isOnline() ? Availability.ONLINE : Availability.OFFLINE;
    try {
      AgentView switched = agents.setAvailability(me.actor(), agent.id(), wanted);
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
    private final boolean switchable;
    private boolean online;

    AgentRow(AgentView agent, boolean switchable) {
      this.agent = agent;
      this.switchable = switchable;
      this.online = agent.availability() == Availability.ONLINE;
    }

    public AgentView getAgent() {
      return agent;
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
