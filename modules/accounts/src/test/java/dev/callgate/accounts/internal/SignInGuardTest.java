package dev.callgate.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

  private static final int MAX = 5;
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void fourFailuresLockNothing() {
    SignInGuard guard = new SignInGuard("h");
    for (int i = 0; i < 4; i++) {
      guard.failed(WINDOW, T0.plusSeconds(i));
    }
    assertThat(guard.lockedUntil(MAX, WINDOW, T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void theFifthFailureInTheWindowLocksUntilTheWindowEnds() {
    SignInGuard guard = new SignInGuard("h");
    for (int i = 0; i < MAX; i++) {
      assertThat(guard.failed(WINDOW, T0.plusSeconds(60L * i))).isEqualTo(i + 1);
    }
    Instant end = T0.plus(WINDOW);
    assertThat(guard.lockedUntil(MAX, WINDOW, T0.plusSeconds(300))).contains(end);
    assertThat(guard.lockedUntil(MAX, WINDOW, end.minusSeconds(1))).contains(end);
    assertThat(guard.lockedUntil(MAX, WINDOW, end)).isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverLock() {
    SignInGuard guard = new SignInGuard("h");
    Instant at = T0;
    for (int i = 0; i < 3; i++) {
      guard.failed(WINDOW, at);
      at = at.plus(Duration.ofMinutes(4));
    }
    at = T0.plus(WINDOW);
    // the window has passed: counting starts again from this failure
    assertThat(guard.failed(WINDOW, at)).isEqualTo(1);
    guard.failed(WINDOW, at.plusSeconds(1));
    assertThat(guard.lockedUntil(MAX, WINDOW, at.plusSeconds(2))).isEmpty();
  }

  @Test
  void afterTheLockEndsTheNextFailureOpensAFreshWindow() {
    SignInGuard guard = new SignInGuard("h");
    for (int i = 0; i < MAX; i++) {
      guard.failed(WINDOW, T0);
    }
    Instant later = T0.plus(WINDOW).plusSeconds(1);
    assertThat(guard.failed(WINDOW, later)).isEqualTo(1);
    assertThat(guard.lockedUntil(MAX, WINDOW, later)).isEmpty();
  }
}
