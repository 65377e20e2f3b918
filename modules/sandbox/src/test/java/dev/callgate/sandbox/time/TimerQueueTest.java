package dev.callgate.sandbox.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers fire in due order once the clock passes them; cancelled ones never fire. */
class TimerQueueTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void dueTasksComeOutEarliestFirstAndOnlyOnce() {
    TimerQueue queue = new TimerQueue();
    List<String> fired = new ArrayList<>();
    queue.add(T0.plusSeconds(30), () -> fired.add("no-answer"));
    queue.add(T0.plusMillis(300), () -> fired.add("ringing"));
    queue.add(T0.plusMillis(100), () -> fired.add("connect"));

    queue.takeDue(T0.plusSeconds(1)).forEach(Runnable::run);
    assertThat(fired).containsExactly("connect", "ringing");
    queue.takeDue(T0.plusSeconds(1)).forEach(Runnable::run);
    assertThat(fired).hasSize(2);
    queue.takeDue(T0.plus(Duration.ofDays(8))).forEach(Runnable::run);
    assertThat(fired).containsExactly("connect", "ringing", "no-answer");
  }

  @Test
  void aCancelledTimerNeverFires() {
    TimerQueue queue = new TimerQueue();
    List<String> fired = new ArrayList<>();
    TimerQueue.Handle hangUp = queue.add(T0.plusSeconds(5), () -> fired.add("hang-up"));
    hangUp.cancel();
    queue.takeDue(T0.plusSeconds(10)).forEach(Runnable::run);
    assertThat(fired).isEmpty();
    assertThat(queue.size()).isZero();
  }

  @Test
  void theSandboxClockOnlyMovesForward() {
    SandboxClock clock = new SandboxClock(java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
    assertThat(clock.advance(Duration.ofDays(8))).isEqualTo(Duration.ofDays(8));
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(8)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
