package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.ShiftableClock;
import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permission state machine of one pair (P2, P3, P6, P7, P8, P11), driven by a moving clock. */
class PermissionPairTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
  private static final PermissionLimits LIMITS = PermissionLimits.defaults();

  private final ShiftableClock clock = new ShiftableClock(Clock.fixed(START, ZoneOffset.UTC));
  private final PermissionPair pair = new PermissionPair(1L, "106540352242922", "919812345678");
  private final UnansweredCallPolicy unanswered = new UnansweredCallPolicy(LIMITS);

  @Test
  void P2_aTemporaryPermissionLastsExactly168HoursFromTheAnswer() {
    grant(false);

    clock.advance(Duration.ofHours(168).minusSeconds(1));
    assertThat(pair.settle(now())).isEmpty();
    assertThat(pair.active(now())).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(pair.active(now())).isFalse();
    List<Transition> lapsed = pair.settle(now());
    assertThat(lapsed)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo(PermissionState.EXPIRED);
              assertThat(t.source()).isEqualTo(ConsentSource.EXPIRY);
              assertThat(t.at()).isEqualTo(START.plus(Duration.ofHours(168)));
            });
  }

  @Test
  void P2_aPermanentPermissionNeverLapses() {
    grant(true);
    clock.advance(Duration.ofDays(3650));
    assertThat(pair.settle(now())).isEmpty();
    assertThat(pair.state()).isEqualTo(PermissionState.PERMANENT);
    assertThat(pair.expiresAt()).isNull();
  }

  @Test
  void P2_aConnectedCallDoesNotExtendATemporaryPermission() {
    grant(false);
    clock.advance(Duration.ofDays(6));
    pair.callEnded(true, true, "wacid.1", now(), unanswered);
    assertThat(pair.expiresAt()).isEqualTo(START.plus(Duration.ofHours(168)));
  }

  @Test
  void P3_aGrantRecordsItsSourceAndTheMessageThatCarriedIt() {
    List<Transition> done =
        pair.grant(false, now(), ConsentSource.BUSINESS_PROFILE, "wamid.grant", "profile", LIMITS);
    assertThat(done)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.from()).isEqualTo(PermissionState.NONE);
              assertThat(t.to()).isEqualTo(PermissionState.TEMPORARY);
              assertThat(t.source()).isEqualTo(ConsentSource.BUSINESS_PROFILE);
              assertThat(t.carrierId()).isEqualTo("wamid.grant");
            });
  }

  @Test
  void P3_theSameGrantTwiceChangesNothingTheSecondTime() {
    grant(false);
    assertThat(pair.grant(false, START, ConsentSource.USER_ACTION, "wamid.a", null, LIMITS))
        .isEmpty();
  }

  @Test
  void P6_aRequestMakesThePairPendingAndItsLapseReturnsItToWhereItWas() {
    pair.grant(false, now(), ConsentSource.USER_ACTION, "wamid.a", null, LIMITS);
    clock.advance(Duration.ofHours(168));
    pair.settle(now());
    assertThat(pair.state()).isEqualTo(PermissionState.EXPIRED);

    assertThat(pair.requestSent("wamid.r", now(), now().plus(LIMITS.requestExpiry())))
        .singleElement()
        .satisfies(t -> assertThat(t.to()).isEqualTo(PermissionState.PENDING));
    clock.advance(LIMITS.requestExpiry().minusSeconds(1));
    assertThat(pair.settle(now())).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(pair.settle(now()))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo(PermissionState.EXPIRED);
              assertThat(t.carrierId()).isEqualTo("wamid.r");
            });
    assertThat(pair.openRequestId()).isEmpty();
  }

  @Test
  void P6_aRenewalRequestLeavesAnActivePermissionAsItIs() {
    grant(false);
    assertThat(pair.requestSent("wamid.r", now(), now().plus(LIMITS.requestExpiry()))).isEmpty();
    assertThat(pair.state()).isEqualTo(PermissionState.TEMPORARY);
  }

  @Test
  void P6_aDeclineCanStillTurnIntoAnAccept() {
    pair.requestSent("wamid.r", now(), now().plus(LIMITS.requestExpiry()));
    assertThat(pair.reject(now(), "wamid.no", "declined"))
        .singleElement()
        .satisfies(t -> assertThat(t.to()).isEqualTo(PermissionState.REJECTED));
    clock.advance(Duration.ofDays(2));
    assertThat(pair.grant(false, now(), ConsentSource.USER_ACTION, "wamid.yes", null, LIMITS))
        .singleElement()
        .satisfies(t -> assertThat(t.from()).isEqualTo(PermissionState.REJECTED));
    assertThat(pair.active(now())).isTrue();
  }

  @Test
  void P6_anAnsweredRequestStaysAnswerableSevenDaysAfterTheAnswer() {
    PermissionRequest request =
        new PermissionRequest(pair, dev.callgate.permissions.RequestKind.INTERACTIVE, "agent:a")
            .sent("wamid.r", now(), LIMITS.requestExpiry());
    clock.advance(Duration.ofDays(6));
    request.answered(false, now(), LIMITS.requestExpiry());

    clock.advance(Duration.ofDays(7).minusSeconds(1));
    assertThat(request.answerable(now())).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(request.answerable(now())).isFalse();
  }

  @Test
  void P6_aNewerRequestExpiresTheEarlierOneAtOnce() {
    PermissionRequest first =
        new PermissionRequest(pair, dev.callgate.permissions.RequestKind.INTERACTIVE, "agent:a")
            .sent("wamid.1", now(), LIMITS.requestExpiry());
    clock.advance(Duration.ofDays(2));
    first.supersede(now());
    assertThat(first.answerable(now())).isFalse();
    assertThat(first.status(now())).isEqualTo("SUPERSEDED");
  }

  @Test
  void P4_aReservedRequestIsSendingUntilMetaAnswersAndDatedByTheAnswer() {
    Instant reservedAt = now();
    PermissionRequest request =
        new PermissionRequest(pair, dev.callgate.permissions.RequestKind.INTERACTIVE, "agent:a")
            .reserved(reservedAt, LIMITS.requestExpiry());
    assertThat(request.status(now())).isEqualTo("SENDING");
    assertThat(request.sending()).isTrue();

    clock.advance(Duration.ofMillis(250));
    request.sent("wamid.s", now(), LIMITS.requestExpiry());
    assertThat(request.status(now())).isEqualTo("SENT");
    assertThat(request.sentAt()).isEqualTo(reservedAt.plusMillis(250));
    assertThat(request.expiresAt()).isEqualTo(now().plus(LIMITS.requestExpiry()));
  }

  @Test
  void P4_aRequestMetaRefusedIsFailedWithItsReasonAndCannotBeAnswered() {
    PermissionRequest request =
        new PermissionRequest(pair, dev.callgate.permissions.RequestKind.INTERACTIVE, "agent:a")
            .reserved(now(), LIMITS.requestExpiry());
    clock.advance(Duration.ofSeconds(1));
    request.failed("Too many CPR requests (138011, Cloud API code 138009): limit", now());

    assertThat(request.status(now())).isEqualTo("FAILED");
    assertThat(request.answerable(now())).isFalse();
    assertThat(request.failure()).contains("138009");
  }

  @Test
  void P7_aLapsedTemporaryPermissionIsRefusedAsExpiredNotAsMissing() {
    assertThat(PermissionViews.callLimits(pair, now()).blockingRule()).isEqualTo("P1");
    grant(false);
    assertThat(PermissionViews.callLimits(pair, now()).canCall()).isTrue();

    clock.advance(Duration.ofHours(168));
    pair.settle(now());
    assertThat(PermissionViews.callLimits(pair, now()).blockingRule()).isEqualTo("P7");
  }

  @Test
  void P8_theSecondUnansweredCallPromptsAndTheFourthRevokes() {
    grant(false);
    assertThat(unansweredCall("wacid.1")).isEmpty();
    assertThat(pair.promptedToReconsider()).isFalse();
    assertThat(unansweredCall("wacid.2")).isEmpty();
    assertThat(pair.promptedToReconsider()).isTrue();
    assertThat(unansweredCall("wacid.3")).isEmpty();

    List<Transition> fourth = unansweredCall("wacid.4");
    assertThat(fourth)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo(PermissionState.REVOKED);
              assertThat(t.source()).isEqualTo(ConsentSource.UNANSWERED_CALLS);
              assertThat(t.carrierId()).isEqualTo("wacid.4");
            });
    assertThat(pair.consecutiveUnanswered()).isZero();
    assertThat(pair.promptedToReconsider()).isFalse();
  }

  @Test
  void P8_aConnectedCallResetsTheCounterAndThePrompt() {
    grant(false);
    unansweredCall("wacid.1");
    unansweredCall("wacid.2");
    pair.callEnded(true, true, "wacid.3", now(), unanswered);
    assertThat(pair.consecutiveUnanswered()).isZero();
    assertThat(pair.promptedToReconsider()).isFalse();
    unansweredCall("wacid.4");
    unansweredCall("wacid.5");
    assertThat(unansweredCall("wacid.6")).isEmpty();
    assertThat(pair.state()).isEqualTo(PermissionState.TEMPORARY);
  }

  @Test
  void P8_missedCallsFromTheCustomerDoNotCount() {
    grant(false);
    for (int i = 0; i < 5; i++) {
      pair.callEnded(false, false, "wacid.u" + i, now(), unanswered);
    }
    assertThat(pair.consecutiveUnanswered()).isZero();
    assertThat(pair.state()).isEqualTo(PermissionState.TEMPORARY);
  }

  @Test
  void P5_aConnectedCallOfEitherDirectionIsRememberedForTheRequestLimits() {
    pair.callEnded(false, true, "wacid.u", now(), unanswered);
    assertThat(pair.lastConnectedAt()).isEqualTo(START);
    clock.advance(Duration.ofHours(1));
    pair.callEnded(true, true, "wacid.b", now(), unanswered);
    assertThat(pair.lastConnectedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
  }

  @Test
  void P9_aPermanentPermissionRefusesRequestsWithNoInstantToRetry() {
    grant(true);
    var limits = PermissionViews.requestLimits(pair, List.of(), LIMITS, now());
    assertThat(limits.canRequest()).isFalse();
    assertThat(limits.blockingRule()).isEqualTo("P9");
    assertThat(limits.nextRequestAt()).isNull();
  }

  @Test
  void P4_theLimitsNameTheRuleAndTheNextAllowedInstant() {
    var limits = PermissionViews.requestLimits(pair, List.of(START), LIMITS, now());
    assertThat(limits.canRequest()).isFalse();
    assertThat(limits.blockingRule()).isEqualTo("P4");
    assertThat(limits.nextRequestAt()).isEqualTo(START.plus(Duration.ofHours(24)));
  }

  @Test
  void P12_aReplyOlderThanTheOneAppliedIsStale() {
    assertThat(pair.replyIsCurrent(START.plusSeconds(10))).isTrue();
    assertThat(pair.replyIsCurrent(START.plusSeconds(5))).isFalse();
    assertThat(pair.replyIsCurrent(START.plusSeconds(10))).isTrue();
  }

  @Test
  void P8_aRevocationWithoutAnActivePermissionChangesNothing() {
    assertThat(pair.revoke(now(), ConsentSource.BUSINESS_PROFILE, "wamid.x", null)).isEmpty();
  }

  private List<Transition> unansweredCall(String callId) {
    clock.advance(Duration.ofMinutes(10));
    return pair.callEnded(true, false, callId, now(), unanswered);
  }

  private void grant(boolean permanent) {
    pair.grant(permanent, now(), ConsentSource.USER_ACTION, "wamid.grant", null, LIMITS);
  }

  private Instant now() {
    return clock.instant();
  }
}
