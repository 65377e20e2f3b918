package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.permissions.RequestPreflight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one decision behind a request and its pre-flight (P9, T3, T2, P4), in the order the request
 * applies it. The counts come from {@link RequestLimitPolicy}, tested on its own.
 */
class RequestRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final String WA = "447712345678";
  private static final RequestRules RULES =
      new RequestRules(PermissionLimits.defaults(), Duration.ofHours(24));
  private static final CallingException NO_TEMPLATE =
      CallingException.validation(List.of(new FieldProblem("templateName", "none"))).rule("T2");

  private static final RequestLimits FREE = new RequestLimits(true, 0, 0, null, null);
  private static final Instant NEXT = NOW.plus(Duration.ofHours(20));
  private static final RequestLimits USED = new RequestLimits(false, 1, 1, NEXT, "P4");

  @Test
  void T3_insideTheWindowEveryKindCanGo() {
    RequestPreflight any = RULES.decide(facts(FREE, open()), null, null, NOW);

    assertThat(any.allowed()).isTrue();
    assertThat(any.interactive()).isTrue();
    assertThat(any.template()).isTrue();
    assertThat(any.refusals()).isEmpty();
  }

  @Test
  void T3_outsideTheWindowAFreeFormRequestIsRefusedAndATemplateCanGo() {
    RequestPreflight interactive =
        RULES.decide(facts(FREE, NOW.minusSeconds(1)), RequestKind.INTERACTIVE, null, NOW);
    RequestPreflight any = RULES.decide(facts(FREE, null), null, null, NOW);

    assertThat(interactive.allowed()).isFalse();
    assertThat(interactive.refusal().code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(interactive.refusal().rule()).isEqualTo("T3");
    assertThat(interactive.refusal().fields().get(0).field()).isEqualTo("kind");
    assertThat(any.allowed()).isTrue();
    assertThat(any.interactive()).isFalse();
    assertThat(any.template()).isTrue();
  }

  @Test
  void T3_T2_outsideTheWindowWithoutAnApprovedTemplateNothingCanGo() {
    RequestPreflight any = RULES.decide(facts(FREE, null), null, NO_TEMPLATE, NOW);
    RequestPreflight template =
        RULES.decide(facts(FREE, open()), RequestKind.TEMPLATE, NO_TEMPLATE, NOW);

    assertThat(any.allowed()).isFalse();
    assertThat(any.refusal().rule()).isEqualTo("T3");
    assertThat(any.refusal().fields().get(0).problem()).contains("no approved template", "(T2)");
    assertThat(template.allowed()).isFalse();
    assertThat(template.refusal()).isSameAs(NO_TEMPLATE);
    assertThat(template.interactive()).as("the window is open").isTrue();
  }

  @Test
  void P4_usedUpLimitsRefuseEveryKindUntilTheNextRequestIsAllowed() {
    RequestPreflight any = RULES.decide(facts(USED, open()), null, null, NOW);

    assertThat(any.allowed()).isFalse();
    assertThat(any.interactive()).isFalse();
    assertThat(any.template()).isFalse();
    assertThat(any.refusal().code()).isEqualTo(ErrorCode.TOO_MANY_CPR_REQUESTS);
    assertThat(any.refusal().rule()).isEqualTo("P4");
    assertThat(any.refusal().retryAfter()).isEqualTo(NEXT);
    assertThat(any.refusal().resolution()).contains("1 request per 24 hours and 2 per 7 days");
  }

  @Test
  void T3_P4_everyRuleThatAppliesIsListedInTheRequestsOrder() {
    RequestPreflight interactive =
        RULES.decide(facts(USED, null), RequestKind.INTERACTIVE, null, NOW);

    assertThat(interactive.refusals())
        .extracting(CallingException::rule)
        .containsExactly("T3", "P4");
  }

  @Test
  void P9_aPermanentPermissionIsTheOnlyReasonGiven() {
    RequestLimits permanent = new RequestLimits(false, 0, 1, null, "P9");
    RequestPreflight any = RULES.decide(facts(permanent, null), null, NO_TEMPLATE, NOW);

    assertThat(any.refusals()).singleElement().extracting(CallingException::rule).isEqualTo("P9");
    assertThat(any.refusal().code()).isEqualTo(ErrorCode.PERMANENT_PERMISSION_EXISTS);
    assertThat(any.refusal().retryAfter()).isNull();
  }

  @Test
  void P6_aPendingRequestIsReportedAsReplacedByTheNext() {
    RequestPreflight any =
        RULES.decide(new RequestRules.PairFacts(WA, FREE, open(), true), null, null, NOW);

    assertThat(any.allowed()).isTrue();
    assertThat(any.replacesPending()).isTrue();
  }

  private static RequestRules.PairFacts facts(RequestLimits limits, Instant windowEnds) {
    return new RequestRules.PairFacts(WA, limits, windowEnds, false);
  }

  private static Instant open() {
    return NOW.plus(Duration.ofHours(12));
  }
}
