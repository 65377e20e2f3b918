package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.AuditLog;
import jakarta.ejb.LocalBean;
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
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short transactions around a sign-in: each holds the e-mail's guard row only for a moment,
 * never across the slow password hash. An attempt is counted as a failure when it takes its turn
 * (so attempts racing on several threads or nodes never pass the limit), and un-counted by its
 * success.
 */
@Stateless
@LocalBean
public class SignInGuards {

  private static final Logger LOG = Logger.getLogger(SignInGuards.class.getName());

  /** An attempt's turn: the login's agent and hash to check, or the instant attempts may resume. */
  public record Turn(
      String emailHash,
      AgentView agent,
      String passwordHash,
      int failures,
      Instant throttledUntil,
      Instant locksUntil) {}

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

  /** Decides under the guard's lock whether the attempt may check a password, and counts it. */
  public Turn take(String login) {
    String emailHash = sha256(login);
    SignInGuard guard = lock(emailHash);
    Duration window = Duration.ofMinutes(windowMinutes);
    Instant now = clock.instant();
    Optional<Instant> locked = guard.lockedUntil(maxFailures, window, now);
    if (locked.isPresent()) {
      return new Turn(emailHash, null, null, maxFailures, locked.get(), null);
    }
    int failures = guard.failed(window, now);
    Instant locksUntil =
        failures == maxFailures ? guard.lockedUntil(maxFailures, window, now).orElse(null) : null;
    Optional<Agent> agent =
        em.createNamedQuery(Agent.BY_EMAIL, Agent.class)
            .setParameter("email", login)
            .getResultStream()
            .findFirst();
    return new Turn(
        emailHash,
        agent.map(Agent::view).orElse(null),
        agent.map(Agent::passwordHash).orElse(passwords.decoy()),
        failures,
        null,
        locksUntil);
  }

  /** The password matched: the e-mail starts afresh. */
  public void succeeded(Turn turn) {
    Optional.ofNullable(
            em.find(SignInGuard.class, turn.emailHash(), LockModeType.PESSIMISTIC_WRITE))
        .ifPresent(em::remove);
  }

  /** The password did not match: the failure stays counted; an agent's business audits it (A3). */
  public void failed(Turn turn, String source) {
    if (turn.agent() == null) {
      if (turn.locksUntil() != null) {
        LOG.warning(() -> "Sign-ins of an unknown e-mail locked, last from " + source);
      }
      return;
    }
    AgentView agent = turn.agent();
    // The one signing in is not authenticated: the entry names the login tried, not an agent.
    Actor anonymous = new Actor(agent.businessId(), "sign-in:" + agent.email(), source);
    String target = "agent:" + agent.id();
    audit.record(
        anonymous,
        "agent.sign-in.failed",
        target,
        "failure "
            + turn.failures()
            + " of "
            + maxFailures
            + " allowed in "
            + windowMinutes
            + " min");
    if (turn.locksUntil() != null) {
      audit.record(
          anonymous, "agent.sign-in.locked", target, "sign-in refused until " + turn.locksUntil());
    }
  }

  /** The e-mail's guard row, created if it never existed, locked until the transaction ends. */
  private SignInGuard lock(String emailHash) {
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
