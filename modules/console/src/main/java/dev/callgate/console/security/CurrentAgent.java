package dev.callgate.console.security;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.BusinessView;
import dev.callgate.accounts.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;

/**
 * The agent signed in to this session, and through it the business every page is scoped to (A2).
 * Loaded once per session from the principal's e-mail, and again whenever the principal changes, so
 * a second sign-in in the same browser session never acts as the first agent. A role changed by an
 * owner shapes the pages from the agent's next sign-in; the services check the role held when the
 * agent acts.
 */
@Named
@SessionScoped
public class CurrentAgent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgentService agents;

  @Inject private BusinessService businesses;

  @Inject private HttpServletRequest request;

  private SignedIn signedIn;

  /** What the console keeps of the agent: plain values, so the session can be replicated. */
  private record SignedIn(
      long id, long businessId, String email, String name, Role role, Long teamId, String business)
      implements Serializable {}

  public long getId() {
    return signedIn().id();
  }

  public long getBusinessId() {
    return signedIn().businessId();
  }

  public String getEmail() {
    return signedIn().email();
  }

  public String getName() {
    return signedIn().name();
  }

  public Role getRole() {
    return signedIn().role();
  }

  public String getBusinessName() {
    return signedIn().business();
  }

  /** Owners and superadmins administer the business: API keys, audit log. */
  public boolean isAdministrator() {
    return getRole().administers();
  }

  /** The agent as the audit log records it (A3), from the address of the current request. */
  public Actor actor() {
    SignedIn agent = signedIn();
    return Actor.agent(agent.businessId(), agent.email(), request.getRemoteAddr());
  }

  private SignedIn signedIn() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("No agent is signed in");
    }
    if (signedIn == null || !signedIn.email().equalsIgnoreCase(principal.getName())) {
      AgentView agent =
          agents
              .byEmail(principal.getName())
              .orElseThrow(() -> new IllegalStateException("No agent " + principal.getName()));
      String business = businesses.business(agent.businessId()).map(BusinessView::name).orElse("");
      signedIn =
          new SignedIn(
              agent.id(),
              agent.businessId(),
              agent.email(),
              agent.name(),
              agent.role(),
              agent.teamId(),
              business);
    }
    return signedIn;
  }
}
