package dev.callgate.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who changes something, for the audit log (A3), for scoping to one business (A2) and for what the
 * actor's role allows (A1).
 *
 * <p>The principal says which kind of actor this is. An agent ({@code agent:<email>}) acts with the
 * role it holds in the database when the service checks it, not the one it signed in with. An API
 * key ({@code api-key:<prefix>}) and a system job ({@code system:<job>}) act for the whole
 * business, as an owner would: a key is issued by an owner or superadmin to run the business's
 * integration.
 *
 * @param businessId the business the actor belongs to; every change stays inside it
 * @param principal "agent:&lt;email&gt;", "api-key:&lt;prefix&gt;" or "system:&lt;job&gt;"
 * @param source where the action came from: a client address, or the job name
 */
public record Actor(long businessId, String principal, String source) {

  private static final String AGENT = "agent:";

  public Actor {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(source, "source");
  }

  public static Actor system(long businessId, String job) {
    return new Actor(businessId, "system:" + job, "server");
  }

  /** A console agent, named by its login e-mail (unique across businesses). */
  public static Actor agent(long businessId, String email, String source) {
    return new Actor(businessId, AGENT + email, source);
  }

  /** The e-mail of the agent acting; empty for an API key or a system job. */
  public Optional<String> agentEmail() {
    return principal.startsWith(AGENT)
        ? Optional.of(principal.substring(AGENT.length()))
        : Optional.empty();
  }
}
