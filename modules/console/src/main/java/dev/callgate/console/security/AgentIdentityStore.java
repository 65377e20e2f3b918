package dev.callgate.console.security;

import dev.callgate.accounts.AgentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a console sign-in against the agents of accounts, which owns the password hashes: the
 * console never reads account tables. The caller is the agent's e-mail as stored, and the one
 * group, used as the role, is the agent's role name.
 */
@ApplicationScoped
public class AgentIdentityStore implements IdentityStore {

  @Inject private AgentService agents;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return agents
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(agent -> new CredentialValidationResult(agent.email(), Set.of(agent.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
