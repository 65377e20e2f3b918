package dev.callgate.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.accounts.SettingsPush;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Rule S1's push after the commit: two changes race, their pushes end in either order, and the
 * stored settings are what Meta is left with.
 */
class PushStateTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private final PushState push = new PushState();

  @Test
  void S1_aNumberNeverChangedThroughCallgateWasNeverPushed() {
    assertThat(push.view().status()).isEqualTo(SettingsPush.Status.NEVER);
    assertThat(push.view().version()).isZero();
  }

  @Test
  void S1_theLatestVersionsPushRecordsItsOutcome() {
    long v1 = push.changed(T0);
    assertThat(push.view().status()).isEqualTo(SettingsPush.Status.PENDING);

    assertThat(push.pushEnded(v1, null, T0.plusSeconds(1))).isFalse();
    assertThat(push.view())
        .isEqualTo(new SettingsPush(1, SettingsPush.Status.PUSHED, T0.plusSeconds(1), null));
  }

  @Test
  void S1_anOlderVersionsPushEndingLastAsksForTheStoredOneAgain() {
    long v1 = push.changed(T0);
    long v2 = push.changed(T0.plusMillis(10));
    // v2's push reached Meta first; v1's arrived after it and left Meta with the older settings
    assertThat(push.pushEnded(v2, null, T0.plusMillis(20))).isFalse();
    assertThat(push.pushEnded(v1, null, T0.plusMillis(30))).as("push v2 again").isTrue();

    assertThat(push.view().version()).isEqualTo(v2);
    assertThat(push.view().status()).isEqualTo(SettingsPush.Status.PUSHED);
    assertThat(push.view().at()).as("v1's push says nothing of v2").isEqualTo(T0.plusMillis(20));
  }

  @Test
  void S1_aFailedPushIsRecordedWithItsReasonAndALaterChangeClearsIt() {
    long v1 = push.changed(T0);
    assertThat(push.pushEnded(v1, "Cloud API unavailable", T0.plusSeconds(1))).isFalse();
    assertThat(push.view().status()).isEqualTo(SettingsPush.Status.FAILED);
    assertThat(push.view().error()).isEqualTo("Cloud API unavailable");

    push.changed(T0.plusSeconds(5));
    assertThat(push.view().status()).isEqualTo(SettingsPush.Status.PENDING);
    assertThat(push.view().error()).isNull();
  }
}
