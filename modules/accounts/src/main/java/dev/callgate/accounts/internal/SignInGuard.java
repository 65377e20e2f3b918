package dev.callgate.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins of one e-mail within the current window. A window opens with its first
 * failure and lasts a fixed time; once it holds the maximum number of failures, every attempt waits
 * until it ends. A successful sign-in closes it.
 */
@Entity
@Table(name = "accounts_sign_in_guard")
public class SignInGuard {

  @Id
  @Column(name = "email_hash")
  private String emailHash;

  @Column(name = "window_started_at")
  private Instant windowStartedAt;

  private int failures;

  protected SignInGuard() {}

  SignInGuard(String emailHash) {
    this.emailHash = emailHash;
  }

  /** When attempts may resume, while the window holds the maximum; else empty. */
  public Optional<Instant> lockedUntil(int maxFailures, Duration window, Instant now) {
    if (!open(window, now) || failures < maxFailures) {
      return Optional.empty();
    }
    return Optional.of(windowStartedAt.plus(window));
  }

  /**
   * Counts a failure, in a new window if the last one has ended, and returns how many the window
   * now holds.
   */
  public int failed(Duration window, Instant now) {
    if (!open(window, now)) {
      windowStartedAt = now;
      failures = 0;
    }
    return ++failures;
  }

  private boolean open(Duration window, Instant now) {
    return windowStartedAt != null && now.isBefore(windowStartedAt.plus(window));
  }
}
