package dev.callgate.console.security;

import dev.callgate.accounts.ConsoleSignIn;
import dev.callgate.accounts.SignInAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks a console sign-in against the agents of accounts, which owns the password hashes and the
 * sign-in throttling: the console never reads account tables. The caller is the agent's e-mail as
 * stored, and the one group, used as the role, is the agent's role name.
 */
@ApplicationScoped
public class AgentIdentityStore implements IdentityStore {

  @Inject private ConsoleSignIn signIns;

  @Inject private SignInRefusal refusal;

  @Inject private HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInAttempt attempt =
        signIns.signIn(
            credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
    attempt.throttledUntil().ifPresent(refusal::throttledUntil);
    return attempt
        .signedIn()
        .map(agent -> new CredentialValidationResult(agent.email(), Set.of(agent.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
