package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callgate.billing.TopUpRequest;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a top-up may be (B3 amounts, B6 references), every problem reported at once. */
class TopUpPolicyTest {

  private final TopUpPolicy policy = new TopUpPolicy("USD", new BigDecimal("1000"));

  @Test
  void B3_aPlainPositiveDecimalWithUpToSixDecimalsIsAccepted() {
    assertThat(policy.amount(new TopUpRequest("12.345678", "pay-1")))
        .isEqualTo(Money.of("12.345678", "USD"));
    assertThat(policy.amount(new TopUpRequest(" 25 ", "pay-1"))).isEqualTo(Money.of("25", "USD"));
    assertThat(policy.amount(new TopUpRequest("1.5000000", "pay-1")))
        .as("trailing zeros are not decimals that matter")
        .isEqualTo(Money.of("1.5", "USD"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.000000", "-5", "+5", "1e3", "abc", "1.2345678", "1,5", "1000.01"})
  void B3_anythingElseIsRefusedAsAnInvalidAmount(String amount) {
    CallingException refused = refused(new TopUpRequest(amount, "pay-1"));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fields()).extracting(FieldProblem::field).containsExactly("amount");
  }

  @Test
  void B6_aTopUpNeedsAReferenceThatFitsTheLedger() {
    assertThat(refused(new TopUpRequest("5", " ")).fields())
        .containsExactly(new FieldProblem("reference", "is required"));
    assertThat(refused(new TopUpRequest("5", "x".repeat(101))).fields())
        .extracting(FieldProblem::field)
        .containsExactly("reference");
    assertThat(refused(new TopUpRequest("5", "pay\n1")).fields())
        .extracting(FieldProblem::field)
        .containsExactly("reference");
    assertThat(TopUpPolicy.reference(new TopUpRequest("5", "  Pedido nº 5 ")))
        .isEqualTo("Pedido nº 5");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThat(refused(new TopUpRequest(null, null)).fields())
        .containsExactly(
            new FieldProblem("amount", "is required"),
            new FieldProblem("reference", "is required"));
  }

  private CallingException refused(TopUpRequest request) {
    return catchThrowableOfType(CallingException.class, () -> policy.amount(request));
  }
}
