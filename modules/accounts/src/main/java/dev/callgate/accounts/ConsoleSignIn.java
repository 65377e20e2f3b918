package dev.callgate.accounts;

/**
 * Console sign-in against the agents' PBKDF2 password hashes, throttled per e-mail: after {@code
 * callgate.console.sign-in.max-failures} failures within {@code
 * callgate.console.sign-in.window-minutes}, attempts wait until the window has passed. Failures and
 * lockouts of known agents are audited (A3).
 */
public interface ConsoleSignIn {

  /**
   * Checks a sign-in. Unknown e-mails cost as much time as wrong passwords and are throttled the
   * same way, so neither timing nor a lockout reveals who has an account.
   *
   * @param source the client's address, for the audit log
   */
  SignInAttempt signIn(String email, char[] password, String source);
}
