package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callgate.billing.RateView;
import dev.callgate.kernel.Money;
import dev.callgate.kernel.WaId;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules B1-B3: pulses, exact costs, and which calls are free. */
class PulsePricingTest {

  private static final WaId INDIA = WaId.of("919812345678");

  private final PulsePricing pricing = new PulsePricing(6);

  @ParameterizedTest(name = "{0} s is {1} pulses")
  @CsvSource({"0, 0", "1, 1", "6, 1", "7, 2", "56, 10", "60, 10", "3600, 600"})
  void B2_everyStartedSixSecondPulseCountsInFull(int seconds, long pulses) {
    assertThat(pricing.pulses(seconds).count()).isEqualTo(pulses);
  }

  @Test
  void B2_aNegativeDurationIsNotACall() {
    assertThatThrownBy(() -> pricing.pulses(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void B1_aUserInitiatedCallIsFreeHoweverLong() {
    assertThat(pricing.billable(false, 3600)).isFalse();
  }

  @Test
  void B2_anUnansweredBusinessInitiatedCallCostsNothing() {
    assertThat(pricing.billable(true, 0)).isFalse();
    assertThat(pricing.billable(true, 1)).isTrue();
  }

  @Test
  void B3_a56SecondCallToIndiaIsTenPulsesAtATenthOfTheMinuteRate() {
    PricedCall call = pricing.price(INDIA, rate("0.0056"), 56);

    assertThat(call.pulses().count()).isEqualTo(10);
    assertThat(call.cost()).isEqualTo(Money.of("0.0056", "USD"));
    assertThat(call.cost().plain()).isEqualTo("0.005600");
  }

  @Test
  void B3_theCostIsExactWithNoRoundingPerPulse() {
    // one pulse at 0.0113/min is 0.00113: rounded per pulse to 4 decimals it would be 0.0011,
    // and 100 such pulses 0.11 instead of 0.113
    assertThat(pricing.price(INDIA, rate("0.0113"), 6).cost().plain()).isEqualTo("0.001130");
    assertThat(pricing.price(INDIA, rate("0.0113"), 600).cost().plain()).isEqualTo("0.113000");
  }

  @Test
  void B3_theCostKeepsMoreThanFourDecimalsAndIsShownRoundedToFour() {
    Money cost = pricing.price(INDIA, rate("0.0127"), 7).cost();

    assertThat(cost.plain()).isEqualTo("0.002540");
    assertThat(cost.rounded()).isEqualByComparingTo(new BigDecimal("0.0025"));
  }

  @Test
  void B3_aPulseLengthThatDoesNotDivideAMinuteRoundsOnceOnTheTotal() {
    PulsePricing sevenSeconds = new PulsePricing(7);

    Money cost = sevenSeconds.price(INDIA, rate("0.0100"), 14).cost();

    // 2 pulses x 7 s x 0.01 / 60 = 0.002333...; rounded once, at the ledger's 9 decimals
    assertThat(cost.amount()).isEqualByComparingTo(new BigDecimal("0.002333333"));
  }

  @Test
  void B2_thePulseLengthComesFromConfiguration() {
    PulsePricing tenSeconds = new PulsePricing(10);

    assertThat(tenSeconds.pulses(56).count()).isEqualTo(6);
    assertThat(tenSeconds.price(INDIA, rate("0.0060"), 56).cost())
        .isEqualTo(Money.of("0.006", "USD"));
  }

  private static RateView rate(String perMinute) {
    return new RateView(
        "IN", "India", Money.of(perMinute, "USD"), 1, Instant.parse("2025-07-01T00:00:00Z"));
  }
}
