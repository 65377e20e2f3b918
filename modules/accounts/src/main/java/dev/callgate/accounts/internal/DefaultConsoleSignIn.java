package dev.callgate.accounts.internal;

import dev.callgate.accounts.ConsoleSignIn;
import dev.callgate.accounts.SignInAttempt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Takes a turn on the e-mail's guard (counted before the password is checked), checks the password
 * with no transaction and no lock held (PBKDF2 takes a while, and an attacker racing on one e-mail
 * must not make every attempt wait on the row), then records the outcome. A throttled attempt never
 * reaches the password check.
 */
@Stateless
public class DefaultConsoleSignIn implements ConsoleSignIn {

  @EJB private SignInGuards guards;

  @Inject private PasswordHasher passwords;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SignInAttempt signIn(String email, char[] password, String source) {
    String login = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    SignInGuards.Turn turn = guards.take(login);
    if (turn.throttledUntil() != null) {
      return SignInAttempt.throttled(turn.throttledUntil());
    }
    if (passwords.verify(password, turn.passwordHash()) && turn.agent() != null) {
      guards.succeeded(turn);
      return SignInAttempt.accepted(turn.agent());
    }
    guards.failed(turn, source);
    return SignInAttempt.refused();
  }
}
