package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShiftableClockTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  private final ShiftableClock clock = new ShiftableClock(Clock.fixed(START, ZoneOffset.UTC));

  @Test
  void startsAtTheBaseClock() {
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.offset()).isZero();
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void P4_advancingCrossesTheSevenDayWindowWithoutSleeping() {
    clock.advance(Duration.ofHours(24));
    Duration total = clock.advance(Duration.ofDays(6).plusSeconds(1));

    assertThat(total).isEqualTo(Duration.ofDays(7).plusSeconds(1));
    assertThat(clock.offset()).isEqualTo(total);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(7)).plusSeconds(1));
  }

  @Test
  void followsAMovingBaseClock() {
    Instant before = Instant.now();
    ShiftableClock live = new ShiftableClock(Clock.systemUTC());
    live.advance(Duration.ofDays(1));

    assertThat(live.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
  }

  @Test
  void neverMovesBackwards() {
    assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void zoneViewSharesTheOffset() {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    ShiftableClock india = clock.withZone(kolkata);

    clock.advance(Duration.ofHours(1));
    assertThat(india.getZone()).isEqualTo(kolkata);
    assertThat(india.instant()).isEqualTo(START.plus(Duration.ofHours(1)));

    india.advance(Duration.ofHours(1));
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }

  @Test
  void itReadsWholeMicrosecondsAsTheDatabaseKeepsThem() {
    Instant withNanos = Instant.parse("2026-11-23T09:00:00.123456789Z");
    ShiftableClock precise = new ShiftableClock(Clock.fixed(withNanos, ZoneOffset.UTC));
    assertThat(precise.instant()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123456Z"));
    precise.advance(Duration.ofNanos(999));
    assertThat(precise.instant()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123457Z"));
  }
}
