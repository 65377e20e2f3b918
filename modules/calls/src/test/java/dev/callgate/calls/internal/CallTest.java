package dev.callgate.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A placed call's lifecycle as its webhooks drive it (C1, C4, C6). */
class CallTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final CallEnd ANSWERED =
      new CallEnd(true, T0.plusSeconds(5), T0.plusSeconds(61), 56);
  private static final CallEnd UNANSWERED = new CallEnd(false, null, T0.plusSeconds(30), null);

  private final Call call =
      Call.businessInitiated(1, "106540352242922", "447123456789", 7, null, T0);

  @Test
  void C1_theCallFollowsRingingAndAnswerThenEndsCompleted() {
    assertThat(call.view().status()).isEqualTo("INITIATED");
    assertThat(call.follow(CallProgress.CONNECTING, "v=0 answer", CallEnd.NOT_YET)).isFalse();
    assertThat(call.view().sdpAnswer()).isEqualTo("v=0 answer");
    call.follow(CallProgress.RINGING, null, CallEnd.NOT_YET);
    assertThat(call.view().status()).isEqualTo("RINGING");
    call.follow(CallProgress.ACCEPTED, null, CallEnd.NOT_YET);

    assertThat(call.follow(CallProgress.COMPLETED, null, ANSWERED)).isTrue();
    assertThat(call.view().status()).isEqualTo("COMPLETED");
    assertThat(call.view().durationSeconds()).isEqualTo(56);
    assertThat(call.view().answeredAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(call.live()).isFalse();
  }

  @Test
  void C4_anEndedCallNeverChangesAgainAndEndsOnlyOnce() {
    call.follow(CallProgress.COMPLETED, null, ANSWERED);
    assertThat(call.follow(CallProgress.FAILED, null, UNANSWERED)).isFalse();
    assertThat(call.follow(CallProgress.RINGING, null, CallEnd.NOT_YET)).isFalse();
    assertThat(call.view().status()).isEqualTo("COMPLETED");
    assertThat(call.view().durationSeconds()).isEqualTo(56);
  }

  @Test
  void C4_aConnectArrivingAfterTheTerminateStillBringsItsAnswer() {
    call.follow(CallProgress.FAILED, null, UNANSWERED);
    call.follow(CallProgress.FAILED, "v=0 late answer", UNANSWERED);
    assertThat(call.view().sdpAnswer()).isEqualTo("v=0 late answer");
    assertThat(call.view().status()).isEqualTo("MISSED");
  }

  @Test
  void C6_anUnansweredOrRejectedCallIsMissedByTheCustomer() {
    call.follow(CallProgress.REJECTED, null, CallEnd.NOT_YET);
    assertThat(call.follow(CallProgress.FAILED, null, UNANSWERED)).isTrue();
    assertThat(call.view().status()).isEqualTo("MISSED");
    assertThat(call.view().missedBy()).isEqualTo("CUSTOMER");
    assertThat(call.connected()).isFalse();
  }

  @Test
  void C1_aRefusedConnectEndsTheCallFailedAndFreesTheLimits() {
    call.connectRefused("(#138006) No approved call permission", T0.plusSeconds(1));
    assertThat(call.view().status()).isEqualTo("FAILED");
    assertThat(call.view().failure()).contains("138006");
    assertThat(call.live()).isFalse();
  }
}
