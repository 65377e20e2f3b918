package dev.callgate.console.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Why the identity store refused the sign-in of this request, beyond "wrong e-mail or password":
 * Jakarta Security only lets it answer valid or invalid, and the sign-in page must say when a
 * throttled e-mail may try again.
 */
@RequestScoped
public class SignInRefusal {

  private Instant throttledUntil;

  void throttledUntil(Instant until) {
    this.throttledUntil = until;
  }

  public Optional<Instant> throttledUntil() {
    return Optional.ofNullable(throttledUntil);
  }
}
