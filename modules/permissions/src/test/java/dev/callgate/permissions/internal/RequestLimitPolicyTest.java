package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.ShiftableClock;
import dev.callgate.permissions.PermissionLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules P4 and P5, driven by a clock that moves instead of sleeping. */
class RequestLimitPolicyTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  private final ShiftableClock clock = new ShiftableClock(Clock.fixed(START, ZoneOffset.UTC));
  private final RequestLimitPolicy policy = new RequestLimitPolicy(PermissionLimits.defaults());
  private final List<Instant> sent = new ArrayList<>();
  private Instant lastConnectedCall;

  @Test
  void P4_aFirstRequestIsAllowed() {
    RequestWindow window = now();
    assertThat(window.canRequest()).isTrue();
    assertThat(window.usedLast24h()).isZero();
    assertThat(window.nextRequestAt()).isNull();
  }

  @Test
  void P4_aSecondRequestWithin24hIsRefusedUntil24hAfterTheFirst() {
    send();
    advance(Duration.ofHours(23).plusMinutes(59));

    RequestWindow window = now();
    assertThat(window.canRequest()).isFalse();
    assertThat(window.usedLast24h()).isEqualTo(1);
    assertThat(window.nextRequestAt()).isEqualTo(START.plus(Duration.ofHours(24)));
  }

  @Test
  void P4_exactly24hAfterTheFirstRequestTheNextIsAllowed() {
    send();
    advance(Duration.ofHours(24));

    RequestWindow window = now();
    assertThat(window.canRequest()).isTrue();
    assertThat(window.usedLast24h()).isZero();
    assertThat(window.usedLast7d()).isEqualTo(1);
  }

  @Test
  void P4_aThirdRequestInSevenDaysIsRefusedUntilTheFirstIsSevenDaysOld() {
    send();
    advance(Duration.ofHours(30));
    send();
    advance(Duration.ofHours(30));

    RequestWindow window = now();
    assertThat(window.canRequest()).isFalse();
    assertThat(window.usedLast24h()).isZero();
    assertThat(window.usedLast7d()).isEqualTo(2);
    assertThat(window.nextRequestAt()).isEqualTo(START.plus(Duration.ofDays(7)));
  }

  @Test
  void P4_exactlySevenDaysAfterTheFirstRequestTheThirdIsAllowed() {
    send();
    advance(Duration.ofHours(30));
    send();
    advance(Duration.ofDays(7).minus(Duration.ofHours(30)));

    RequestWindow window = now();
    assertThat(window.canRequest()).isTrue();
    assertThat(window.usedLast7d()).isEqualTo(1);
  }

  @Test
  void P4_inThe168thHourTheWeeklyLimitStillHolds() {
    send();
    advance(Duration.ofHours(30));
    send();
    advance(Duration.ofHours(167).minus(Duration.ofHours(30)));

    assertThat(now().canRequest()).isFalse();
    advance(Duration.ofMinutes(59));
    assertThat(now().canRequest()).as("167h59m after the first").isFalse();
    advance(Duration.ofMinutes(1));
    assertThat(now().canRequest()).as("168h after the first").isTrue();
  }

  @Test
  void P4_whenBothLimitsBlockTheLaterReleaseIsReported() {
    send();
    advance(Duration.ofHours(30));
    send();
    advance(Duration.ofHours(1));

    RequestWindow window = now();
    assertThat(window.usedLast24h()).isEqualTo(1);
    assertThat(window.nextRequestAt()).isEqualTo(START.plus(Duration.ofDays(7)));
  }

  @Test
  void P4_aRequestStampedLaterThanNowStillCounts() {
    // another request took the pair and was stamped after this decision's clock was read
    Instant later = START.plusMillis(3);
    sent.add(later);

    RequestWindow window = now();
    assertThat(window.canRequest()).isFalse();
    assertThat(window.usedLast24h()).isEqualTo(1);
    assertThat(window.usedLast7d()).isEqualTo(1);
    assertThat(window.nextRequestAt()).isEqualTo(later.plus(Duration.ofHours(24)));
  }

  @Test
  void P4_aRequestStampedLaterThanNowFillsTheWeekWithAnEarlierOne() {
    send();
    advance(Duration.ofHours(30));
    sent.add(clock.instant().plusSeconds(1));

    RequestWindow window = now();
    assertThat(window.canRequest()).isFalse();
    assertThat(window.usedLast7d()).isEqualTo(2);
    assertThat(window.nextRequestAt()).isEqualTo(START.plus(Duration.ofDays(7)));
  }

  @Test
  void P5_aConnectedCallResetsBothCounts() {
    send();
    advance(Duration.ofHours(30));
    send();
    advance(Duration.ofHours(1));
    lastConnectedCall = clock.instant();
    advance(Duration.ofMinutes(5));

    RequestWindow window = now();
    assertThat(window.canRequest()).isTrue();
    assertThat(window.usedLast24h()).isZero();
    assertThat(window.usedLast7d()).isZero();
  }

  @Test
  void P5_requestsAfterTheConnectedCallCountAgain() {
    lastConnectedCall = clock.instant();
    advance(Duration.ofMinutes(1));
    send();

    assertThat(now().canRequest()).isFalse();
  }

  private void send() {
    sent.add(clock.instant());
  }

  private void advance(Duration by) {
    clock.advance(by);
  }

  private RequestWindow now() {
    return policy.evaluate(sent, lastConnectedCall, clock.instant());
  }
}
