package dev.callgate.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * What a console sign-in attempt came to: the agent when it succeeded; the instant attempts may
 * resume when too many failed for this e-mail; neither for a wrong e-mail or password.
 */
public record SignInAttempt(AgentView agent, Instant waitUntil) {

  public static SignInAttempt accepted(AgentView agent) {
    return new SignInAttempt(agent, null);
  }

  public static SignInAttempt refused() {
    return new SignInAttempt(null, null);
  }

  public static SignInAttempt throttled(Instant until) {
    return new SignInAttempt(null, until);
  }

  public Optional<AgentView> signedIn() {
    return Optional.ofNullable(agent);
  }

  public Optional<Instant> throttledUntil() {
    return Optional.ofNullable(waitUntil);
  }
}
