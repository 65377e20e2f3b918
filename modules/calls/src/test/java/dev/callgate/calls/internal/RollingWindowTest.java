package dev.callgate.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules L1 and L2: "at most N in any rolling 24 hours", at its boundaries. */
class RollingWindowTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);

  @Test
  void L2_theSixthCallToAPairWithin24HoursWaitsForTheFirstToAgeOut() {
    RollingWindow pair = new RollingWindow(DAY, 5);
    List<Instant> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      assertThat(pair.fullUntil(calls, T0.plus(Duration.ofHours(i)))).isEmpty();
      calls.add(T0.plus(Duration.ofHours(i)));
    }
    Instant later = T0.plus(Duration.ofHours(10));
    assertThat(pair.fullUntil(calls, later)).contains(T0.plus(DAY));
    assertThat(pair.fullUntil(calls, T0.plus(DAY).minusNanos(1))).contains(T0.plus(DAY));
    assertThat(pair.fullUntil(calls, T0.plus(DAY))).isEmpty();
  }

  @Test
  void L1_aFullNumberOpensWhenItsOldestCallLeavesTheWindow() {
    RollingWindow number = new RollingWindow(DAY, 100);
    List<Instant> connected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      connected.add(T0.plus(Duration.ofMinutes(i)));
    }
    Instant now = T0.plus(Duration.ofHours(5));
    assertThat(number.fullUntil(connected, now)).contains(T0.plus(DAY));
    connected.remove(0);
    assertThat(number.fullUntil(connected, now)).isEmpty();
  }

  @Test
  void L1_callsOlderThan24HoursDoNotCount() {
    RollingWindow number = new RollingWindow(DAY, 1);
    Instant now = T0.plus(Duration.ofDays(2));
    assertThat(number.fullUntil(List.of(T0, now.minus(DAY)), now)).isEmpty();
    assertThat(number.fullUntil(List.of(now.minus(DAY).plusSeconds(1)), now))
        .contains(now.plusSeconds(1));
  }

  @Test
  void L2_aCallStampedLaterThanNowStillCounts() {
    // reserved by a node whose clock runs a little ahead of the one deciding now
    RollingWindow pair = new RollingWindow(DAY, 1);
    Instant ahead = T0.plusMillis(40);
    assertThat(pair.fullUntil(List.of(ahead), T0)).contains(ahead.plus(DAY));
  }
}
