package dev.callgate.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.calls.CallDirection;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.MissedBy;
import dev.callgate.calls.PayloadSource;
import dev.callgate.routing.MissReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A call's lifecycle as its webhooks, routing and the agent drive it (C1, C3, C4, C6). */
class CallTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final CallEnd ANSWERED =
      new CallEnd(true, T0.plusSeconds(5), T0.plusSeconds(61), 56);
  private static final CallEnd UNANSWERED = new CallEnd(false, null, T0.plusSeconds(30), null);

  private final Call call =
      Call.businessInitiated(1, "106540352242922", "447123456789", 7, null, T0);

  private static Call customersCall() {
    Call uic = Call.userInitiated(1, "106540352242933", "447700900123", "wacid.in", T0);
    uic.from("v=0 offer", "Olivia", "agent:4.x", PayloadSource.CALL_BUTTON);
    return uic;
  }

  @Test
  void C1_theCallFollowsRingingAndAnswerThenEndsCompleted() {
    assertThat(call.view().status()).isEqualTo(CallStatus.INITIATED);
    call.answerArrived("v=0 answer");
    assertThat(call.view().sdpAnswer()).isEqualTo("v=0 answer");
    call.statusReported(CallStatus.RINGING);
    assertThat(call.view().status()).isEqualTo(CallStatus.RINGING);
    call.statusReported(CallStatus.ACCEPTED);
    assertThat(call.reachedCustomer()).isTrue();

    assertThat(call.terminated(ANSWERED, false, null)).isTrue();
    assertThat(call.view().status()).isEqualTo(CallStatus.COMPLETED);
    assertThat(call.view().durationSeconds()).isEqualTo(56);
    assertThat(call.view().answeredAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(call.live()).isFalse();
  }

  @Test
  void C4_anEndedCallNeverChangesAgainAndEndsOnlyOnce() {
    call.terminated(ANSWERED, false, null);
    assertThat(call.terminated(UNANSWERED, true, null)).isFalse();
    call.statusReported(CallStatus.RINGING);
    assertThat(call.view().status()).isEqualTo(CallStatus.COMPLETED);
    assertThat(call.view().durationSeconds()).isEqualTo(56);
  }

  @Test
  void C4_aLateRingingDoesNotUndoAnAcceptance() {
    call.statusReported(CallStatus.ACCEPTED);
    call.statusReported(CallStatus.RINGING);
    assertThat(call.view().status()).isEqualTo(CallStatus.ACCEPTED);
  }

  @Test
  void C4_aConnectArrivingAfterTheTerminateStillBringsItsAnswer() {
    call.terminated(UNANSWERED, true, null);
    call.answerArrived("v=0 late answer");
    assertThat(call.view().sdpAnswer()).isEqualTo("v=0 late answer");
    assertThat(call.view().status()).isEqualTo(CallStatus.MISSED);
  }

  @Test
  void C6_anUnansweredOrRejectedBusinessCallIsMissedByTheCustomer() {
    call.statusReported(CallStatus.REJECTED);
    assertThat(call.terminated(UNANSWERED, true, MissReason.CALLER_HUNG_UP)).isTrue();
    assertThat(call.view().status()).isEqualTo(CallStatus.MISSED);
    assertThat(call.view().missedBy()).isEqualTo(MissedBy.CUSTOMER);
    assertThat(call.view().missReason()).isNull();
    assertThat(call.connected()).isFalse();
  }

  @Test
  void C1_aRefusedConnectEndsTheCallFailedAndFreesTheLimits() {
    call.connectRefused("(#138006) No approved call permission", T0.plusSeconds(1));
    assertThat(call.view().status()).isEqualTo(CallStatus.FAILED);
    assertThat(call.view().failure()).contains("138006");
    assertThat(call.live()).isFalse();
  }

  @Test
  void C3_aCustomersCallRingsIsAcceptedAndCompletesWithTheAgentsAnswer() {
    Call uic = customersCall();
    assertThat(uic.view().direction()).isEqualTo(CallDirection.USER_INITIATED);
    assertThat(uic.view().sdpOffer()).isEqualTo("v=0 offer");
    assertThat(uic.view().payloadSource()).isEqualTo(PayloadSource.CALL_BUTTON);
    uic.ringing();
    assertThat(uic.view().status()).isEqualTo(CallStatus.RINGING);
    uic.accepting(4, "v=0 agent answer");
    assertThat(uic.view().status())
        .as("still ringing until Meta confirms")
        .isEqualTo(CallStatus.RINGING);
    uic.accepted(T0.plusSeconds(8));
    assertThat(uic.view().status()).isEqualTo(CallStatus.ACCEPTED);
    assertThat(uic.view().agentId()).isEqualTo(4L);

    assertThat(
            uic.terminated(
                new CallEnd(true, T0.plusSeconds(8), T0.plusSeconds(68), 60), false, null))
        .isTrue();
    assertThat(uic.view().status()).isEqualTo(CallStatus.COMPLETED);
    assertThat(uic.view().answeredAt()).isEqualTo(T0.plusSeconds(8));
    assertThat(uic.view().cost()).as("B1: free").isNull();
  }

  @Test
  void C6_aCustomerWhoHangsUpBeforeAnyAcceptIsMissedByAgentAsCallerHungUp() {
    Call uic = customersCall();
    uic.ringing();
    assertThat(uic.terminated(UNANSWERED, true, MissReason.CALLER_HUNG_UP)).isTrue();
    assertThat(uic.view().status()).isEqualTo(CallStatus.MISSED);
    assertThat(uic.view().missedBy()).isEqualTo(MissedBy.AGENT);
    assertThat(uic.view().missReason()).isEqualTo(MissReason.CALLER_HUNG_UP);
  }

  @Test
  void C6_aCallRoutingGaveUpOnIsMissedByAgentWithRoutingsReasonOnce() {
    Call uic = customersCall();
    uic.missedByAgent(MissReason.ALL_BUSY, T0.plusSeconds(1));
    uic.missedByAgent(MissReason.NOBODY_ACCEPTED, T0.plusSeconds(30));
    assertThat(uic.terminated(UNANSWERED, true, MissReason.CALLER_HUNG_UP)).isFalse();
    assertThat(uic.view().missReason()).isEqualTo(MissReason.ALL_BUSY);
    assertThat(uic.view().endedAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void C3_anAcceptMetaRefusedEndsTheCallFailed() {
    Call uic = customersCall();
    uic.accepting(4, "v=0 agent answer");
    uic.acceptFailed("(#138004) connection error", T0.plusSeconds(3));
    assertThat(uic.view().status()).isEqualTo(CallStatus.FAILED);
    assertThat(uic.live()).isFalse();
  }
}
