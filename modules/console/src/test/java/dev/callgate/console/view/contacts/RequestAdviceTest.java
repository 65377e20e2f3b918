package dev.callgate.console.view.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.RequestLimits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestAdviceTest {

  static final Instant NOW = Instant.parse("2025-03-10T10:00:00Z");
  static final PermissionLimits LIMITS = PermissionLimits.defaults();

  @Test
  void T3_insideTheServiceWindowBothFormsCanBeSent() {
    RequestAdvice advice =
        RequestAdvice.of(pair(PermissionState.NONE, free(), open()), LIMITS, true, NOW);

    assertThat(advice.canSend()).isTrue();
    assertThat(advice.freeForm()).isTrue();
    assertThat(advice.template()).isTrue();
    assertThat(advice.note()).contains("open until 2025-03-10 22:00 UTC");
  }

  @Test
  void T3_outsideTheServiceWindowOnlyAnApprovedTemplateCanBeSent() {
    RequestAdvice advice =
        RequestAdvice.of(pair(PermissionState.NONE, free(), null), LIMITS, true, NOW);

    assertThat(advice.canSend()).isTrue();
    assertThat(advice.freeForm()).isFalse();
    assertThat(advice.template()).isTrue();
    assertThat(advice.note()).contains("only an approved template");
  }

  @Test
  void T3_T2_outsideTheWindowWithoutAnApprovedTemplateNothingCanBeSentAndTheReasonSaysWhy() {
    RequestAdvice neverWrote =
        RequestAdvice.of(pair(PermissionState.NONE, free(), null), LIMITS, false, NOW);
    RequestAdvice windowClosed =
        RequestAdvice.of(
            pair(PermissionState.NONE, free(), NOW.minus(Duration.ofHours(1))), LIMITS, false, NOW);

    assertThat(neverWrote.canSend()).isFalse();
    assertThat(neverWrote.reasons())
        .singleElement()
        .asString()
        .contains("customer service window", "(T3)", "no approved template", "(T2)");
    assertThat(windowClosed.reasons())
        .singleElement()
        .asString()
        .startsWith("The customer service window closed at 2025-03-10 09:00 UTC");
  }

  @Test
  void P4_usedUpLimitsAreExplainedWithTheInstantOfTheNextRequest() {
    Instant next = Instant.parse("2025-03-11T09:30:00Z");
    RequestAdvice advice =
        RequestAdvice.of(
            pair(PermissionState.PENDING, new RequestLimits(false, 1, 1, next, "P4"), open()),
            LIMITS,
            true,
            NOW);

    assertThat(advice.canSend()).isFalse();
    assertThat(advice.freeForm()).isFalse();
    assertThat(advice.reasons())
        .singleElement()
        .asString()
        .contains("1 of 1 per 24 hours", "1 of 2 per 7 days", "(P4)", "2025-03-11 09:30 UTC");
  }

  @Test
  void P9_aPermanentPermissionLeavesNothingToRequest() {
    RequestAdvice advice =
        RequestAdvice.of(
            pair(PermissionState.PERMANENT, new RequestLimits(false, 0, 1, null, "P9"), null),
            LIMITS,
            true,
            NOW);

    assertThat(advice.canSend()).isFalse();
    assertThat(advice.reasons()).singleElement().asString().contains("permanent", "(P9)");
  }

  @Test
  void P4_T3_everyReasonThatAppliesIsGiven() {
    RequestAdvice advice =
        RequestAdvice.of(
            pair(PermissionState.REJECTED, new RequestLimits(false, 1, 1, null, "P4"), null),
            LIMITS,
            false,
            NOW);

    assertThat(advice.reasons()).hasSize(2);
    assertThat(advice.reasons().get(0)).contains("(P4)");
    assertThat(advice.reasons().get(1)).contains("(T3)");
  }

  @Test
  void P6_aRequestStillAwaitedIsReplacedByANewOne() {
    RequestAdvice advice =
        RequestAdvice.of(pair(PermissionState.PENDING, free(), open()), LIMITS, false, NOW);

    assertThat(advice.canSend()).isTrue();
    assertThat(advice.note()).contains("replaces", "(P6)");
  }

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
        "447700123555",
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
