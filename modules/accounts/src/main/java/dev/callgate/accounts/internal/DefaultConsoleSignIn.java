package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.ConsoleSignIn;
import dev.callgate.accounts.SignInAttempt;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-ins of one e-mail take turns on its guard row (created race-free, then locked), so attempts
 * racing on two threads or two nodes are counted one after the other and the limit holds exactly. A
 * throttled attempt never reaches the password check.
 */
@Stateless
public class DefaultConsoleSignIn implements ConsoleSignIn {

  private static final Logger LOG = Logger.getLogger(DefaultConsoleSignIn.class.getName());

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private PasswordHasher passwords;

  @Inject private AuditLog audit;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "callgate.console.sign-in.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "callgate.console.sign-in.window-minutes")
  long windowMinutes;

  @Override
  public SignInAttempt signIn(String email, char[] password, String source) {
    String login = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    Duration window = Duration.ofMinutes(windowMinutes);
    SignInGuard guard = lockGuard(sha256(login));
    Instant now = clock.instant();
    Optional<Instant> locked = guard.lockedUntil(maxFailures, window, now);
    if (locked.isPresent()) {
      return SignInAttempt.throttled(locked.get());
    }
    Optional<Agent> agent =
        em.createNamedQuery(Agent.BY_EMAIL, Agent.class)
            .setParameter("email", login)
            .getResultStream()
            .findFirst();
    String hash = agent.map(Agent::passwordHash).orElse(passwords.decoy());
    if (passwords.verify(password, hash) && agent.isPresent()) {
      em.remove(guard);
      return SignInAttempt.accepted(agent.get().view());
    }
    int failures = guard.failed(window, now);
    // Only the failure that reaches the limit locks; later ones are refused before counting.
    Optional<Instant> lockedNow =
        failures == maxFailures ? guard.lockedUntil(maxFailures, window, now) : Optional.empty();
    agent.ifPresentOrElse(
        a -> auditFailure(a, source, failures, lockedNow),
        () -> {
          if (lockedNow.isPresent()) {
            LOG.warning(() -> "Sign-ins of an unknown e-mail locked, last from " + source);
          }
        });
    return SignInAttempt.refused();
  }

  private void auditFailure(
      Agent agent, String source, int failures, Optional<Instant> lockedUntil) {
    // The one signing in is not authenticated: the entry names the login tried, not an agent.
    Actor anonymous = new Actor(agent.businessId(), "sign-in:" + agent.view().email(), source);
    String target = "agent:" + agent.id();
    audit.record(
        anonymous,
        "agent.sign-in.failed",
        target,
        "failure " + failures + " of " + maxFailures + " allowed in " + windowMinutes + " min");
    lockedUntil.ifPresent(
        until ->
            audit.record(
                anonymous, "agent.sign-in.locked", target, "sign-in refused until " + until));
  }

  /** The e-mail's guard row, created if it never existed, locked until the transaction ends. */
  private SignInGuard lockGuard(String emailHash) {
    em.createNativeQuery(
            "insert into accounts_sign_in_guard (email_hash, failures) values (?1, 0)"
                + " on conflict do nothing")
        .setParameter(1, emailHash)
        .executeUpdate();
    return em.find(SignInGuard.class, emailHash, LockModeType.PESSIMISTIC_WRITE);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
