package dev.callgate.console.view.contacts;

import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestLimits;
import java.time.Duration;
import java.time.Instant;

/** Pairs as the permission service would show them, for the wording tests of this package. */
final class PairFixtures {

  static final Instant NOW = Instant.parse("2025-03-10T10:00:00Z");
  static final PermissionLimits LIMITS = PermissionLimits.defaults();

  private PairFixtures() {}

  static RequestLimits free() {
    return new RequestLimits(true, 0, 0, null, null);
  }

  static Instant open() {
    return NOW.plus(Duration.ofHours(12));
  }

  static PermissionView pair(PermissionState state, RequestLimits limits, Instant windowEnds) {
    return pair(state, limits, windowEnds, 0, false);
  }

  static PermissionView pair(
      PermissionState state,
      RequestLimits limits,
      Instant windowEnds,
      int unanswered,
      boolean prompted) {
    return new PermissionView(
        "106540352242922",
        "447700900555",
        state,
        null,
        null,
        null,
        unanswered,
        prompted,
        limits,
        new CallLimits(state.allowsCalls(), state.allowsCalls() ? null : "P1", null),
        windowEnds,
        null);
  }
}
