package dev.callgate.console.faces;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.console.security.CurrentAgent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who sent a permission request, as a person reads it: the module records the principal
 * ("agent:priya@sunrise.example", "api-key:&lt;prefix&gt;"), the page shows the agent's name or the
 * key. The business's agents are read once per request, however many rows ask.
 */
@Named
@RequestScoped
public class Requesters {

  private static final String AGENT = "agent:";
  private static final String API_KEY = "api-key:";
  private static final String SYSTEM = "system:";

  @Inject private AgentService agents;

  @Inject private CurrentAgent me;

  private Map<String, String> namesByEmail;

  public String name(String principal) {
    if (principal == null) {
      return "";
    }
    if (principal.startsWith(AGENT)) {
      String email = principal.substring(AGENT.length());
      return namesByEmail().getOrDefault(email.toLowerCase(Locale.ROOT), email);
    }
    if (principal.startsWith(API_KEY)) {
      return "API key " + principal.substring(API_KEY.length());
    }
    if (principal.startsWith(SYSTEM)) {
      return "Callgate (" + principal.substring(SYSTEM.length()) + ")";
    }
    return principal;
  }

  private Map<String, String> namesByEmail() {
    if (namesByEmail == null) {
      namesByEmail =
          agents.agents(me.getBusinessId()).stream()
              .collect(
                  Collectors.toMap(
                      agent -> agent.email().toLowerCase(Locale.ROOT),
                      AgentView::name,
                      (first, second) -> first));
    }
    return namesByEmail;
  }
}
